/** Domain types shared by every package. Pure data: no I/O, no classes. */

export type UnitType = 'tinh' | 'huyen' | 'xa' | 'co_quan' | 'doanh_nghiep' | 'mat_tran';
export const UNIT_TYPES: readonly UnitType[] = ['tinh', 'huyen', 'xa', 'co_quan', 'doanh_nghiep', 'mat_tran'];

/** A reporting unit. Dates are ISO `YYYY-MM-DD`, inclusive; null = open. */
export interface Unit {
  code: string;
  name: string;
  type: UnitType;
  parentCode: string | null;
  /** `key:value` tags, e.g. `so_huu:tu_nhan`. */
  groups: string[];
  validFrom: string | null;
  validTo: string | null;
}

export type FormCode = 'XA' | 'CQ' | 'DN' | 'MT';
export const FORM_CODES: readonly FormCode[] = ['XA', 'CQ', 'DN', 'MT'];

export type ValueType = 'integer' | 'percent' | 'boolean' | 'category' | 'text';
export type Aggregation = 'sum' | 'share_true' | 'distribution' | 'ratio' | 'list';
export type TimeAggregation = 'sum' | 'last' | 'any' | 'list';

export interface Indicator {
  code: string;
  /** Empty for derived indicators (ratios), which are never submitted. */
  forms: FormCode[];
  label: string;
  unitLabel: string;
  valueType: ValueType;
  aggregation: Aggregation;
  timeAggregation: TimeAggregation | null;
  numerator: string | null;
  denominator: string | null;
  categorySet: string | null;
  note: string;
}

export interface CategoryOption {
  set: string;
  code: string;
  label: string;
  aliases: string[];
}

export type RuleOperator = '==' | '!=' | '>=' | '<=' | '>' | '<';
export type Severity = 'error' | 'warning';

export interface Rule {
  id: string;
  forms: FormCode[];
  /** An expression over indicator codes: `A + B - C`. */
  left: string;
  operator: RuleOperator;
  right: string;
  severity: Severity;
  message: string;
}

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'nine_months' | 'multi_year';

/** A reporting period. `start`/`end` are ISO dates, inclusive. */
export interface Period {
  code: string;
  kind: PeriodKind;
  start: string;
  end: string;
}

/** Where a value came from: a cell of a sheet, or a line of a CSV file. */
export interface SourceRef {
  file: string;
  sheet?: string;
  /** A1 reference, e.g. `D12`. */
  cell?: string;
  /** 1-based physical line number in a CSV file (the header is line 1). */
  line?: number;
}

/** A parsed fact value: numbers (percent as a fraction), booleans, category option codes, text. */
export type FactValue = number | boolean | string;
