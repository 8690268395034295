// JSON shapes of the HTTP API (spec §4 and §5), as the page reads them.
export type FormCode = 'XA' | 'CQ' | 'DN' | 'MT';
export const FORMS: readonly FormCode[] = ['XA', 'CQ', 'DN', 'MT'];

export type UnitType = 'tinh' | 'huyen' | 'xa' | 'co_quan' | 'doanh_nghiep' | 'mat_tran';

export interface Unit {
  code: string;
  name: string;
  type: UnitType;
  parent_code: string | null;
  groups: string[];
  valid_from: string | null;
  valid_to: string | null;
}

export interface Indicator {
  code: string;
  label: string;
  unit: string;
  value_type: 'integer' | 'number' | 'percent' | 'boolean' | 'category' | 'text';
  aggregation: 'sum' | 'share_true' | 'distribution' | 'ratio' | 'list';
  forms: FormCode[];
  category_set: string | null;
  numerator: string | null;
  denominator: string | null;
}

export interface CategoryOption {
  set: string;
  code: string;
  label: string;
}

export interface Catalog {
  indicators: Indicator[];
  options: CategoryOption[];
}

export interface Figure {
  indicator: string;
  option: string | null;
  value: number | string | string[] | null;
  numerator: number | null;
  denominator: number | null;
  reporting_units: number | null;
  expected_units: number | null;
  false_units: string[];
  /** `list` indicators: what each unit wrote. */
  texts: { unit: string; text: string }[];
}

export interface Rollup {
  unit: string;
  period: string;
  figures: Figure[];
}

export interface Completeness {
  unit: string;
  period: string;
  form: FormCode;
  expected: number;
  submitted: number;
  on_time: number;
  late: number;
  missing: string[];
  late_units: string[];
  /** Missing units that sent only rejected versions. */
  rejected_only: string[];
  /** ISO instant: submissions before it are on time. */
  deadline: string | null;
}

export interface Issue {
  cell: string | null;
  rule: string | null;
  message: string;
}

export interface IngestResult {
  file: string;
  status: 'accepted' | 'rejected' | 'warning';
  plugin: string | null;
  unit: string | null;
  period: string | null;
  form: string | null;
  submission_id: string | number | null;
  supersedes: string | number | null;
  facts: number | null;
  errors: Issue[];
  warnings: Issue[];
}

export interface Me {
  name: string | null;
  role: 'admin' | 'uploader' | 'analyst' | 'viewer' | null;
  unit: string | null;
  /** The reader of a public demo, without a token. */
  anonymous: boolean;
}
