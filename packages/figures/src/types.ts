import type { PeriodKind } from '@tonghop/core';

/** What figures need from a database: read queries with bound values (the Warehouse fits). */
export interface ReadDb {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** One figure of spec §4 `rollup --json`, plus `label`, `derived` and, for `list`, `texts`. */
export interface RollupFigure {
  indicator: string;
  /** null for the indicator's total; the option code for a disaggregated value or a distribution count. */
  option: string | null;
  /** Sum; count of true units (share); count of units per option (distribution); fraction (ratio, 4 places); count of units that wrote (list). */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  reporting_units: number;
  expected_units: number;
  false_units: string[];
  label: string;
  aggregation: 'sum' | 'share_true' | 'distribution' | 'ratio' | 'list';
  /** true when some unit's value was derived from sub-periods (no direct submission). */
  derived: boolean;
  /** `list` indicators: the text of each unit that wrote one. */
  texts?: { unit: string; text: string }[];
  /** Spec §6, with `as_of`: null when no unit was restated, 'full' when exact, 'partial' when old units with a partial link were left out. */
  restated: 'full' | 'partial' | null;
  /** The old units (in force in the period) the figure was restated from (empty when not restated). */
  predecessors: string[];
  /** Old units whose partial link leaves the unit: not counted, never split by a guessed share. */
  partial_predecessors: string[];
  /** With `compare`: the same figure for the earlier period, on the current map. */
  compare?: FigureComparison;
}

/** Spec §6 `compare: {period, value, diff, change, restated}`. */
export interface FigureComparison {
  period: string;
  /** The earlier value (restated onto the current map when it was on the old one); null when none. */
  value: number | null;
  /** value now − value then; null when either is missing. */
  diff: number | null;
  /** diff / value then (0.125 = +12,5%); null when the earlier value is missing or zero. */
  change: number | null;
  restated: 'full' | 'partial' | null;
}

export interface Rollup {
  unit: string;
  period: string;
  /** The group restriction, when asked (`so_huu:tu_nhan`). */
  group?: string;
  /** Restated onto the units in force on this date (spec §6), when asked. */
  as_of?: string;
  /** The comparison asked, and the period compared with. */
  compare?: { kind: 'previous-year' | 'previous-period'; period: string };
  figures: RollupFigure[];
}

/** Core's period kinds (one home for the vocabulary). */
export type { PeriodKind };

/** Days after the period's last day; a submission is on time until the end of that day (UTC+7). */
export type DeadlineDays = Record<PeriodKind, number>;

export interface Completeness {
  unit: string;
  period: string;
  form: string;
  expected: number;
  submitted: number;
  on_time: number;
  late: number;
  missing: string[];
  late_units: string[];
  /** Missing units that sent only rejected versions. */
  rejected_only: string[];
  /** ISO instant: submissions strictly before it are on time. */
  deadline: string;
}

export interface LineageSubmission {
  id: number;
  unit: string;
  period: string;
  form: string;
  version: number;
  status: string;
  file_name: string;
  sha256: string;
  sheet: string | null;
  /** true when this submission counts through a derived (longer) period. */
  derived: boolean;
  /** Where an imported submission came from (spec §9, `tonghop import --parquet`); null when stored here. */
  origin?: SubmissionOrigin | null;
}

/** The instance an imported submission was first stored on, and its id and file hash there. */
export interface SubmissionOrigin {
  instance_id: string;
  instance_name: string;
  exported_at: string;
  original_id: number;
  original_sha256: string;
}

export interface LineageCell {
  submission_id: number;
  unit: string;
  indicator: string;
  option: string | null;
  value: number | boolean | string | null;
  file: string;
  sheet: string | null;
  cell: string | null;
  line: number | null;
}

export interface Lineage {
  unit: string;
  period: string;
  indicator: string;
  option: string | null;
  submissions: LineageSubmission[];
  cells: LineageCell[];
}
