import type { FactValue, FormCode, UnitType } from '@tonghop/core';
import type { Completeness, DeadlineDays, RollupFigure } from '@tonghop/figures';

export type { ReadDb } from '@tonghop/figures';

export interface SummaryOptions {
  /** The unit whose summary is exported (its code). */
  unit: string;
  /** Period code: 2022S1, 2022, 2023Q1 ... */
  period: string;
  /** The export date printed in the heading; defaults to now. */
  clock?: () => Date;
  /** Deadline overrides for the on-time / late counts (see @tonghop/figures). */
  deadlines?: Partial<DeadlineDays>;
}

export interface UnitInfo {
  code: string;
  name: string;
  type: UnitType;
  parentCode: string | null;
}

export type RowStatus = 'on_time' | 'late' | 'missing';

/** One expected unit of a form: its own current values (key `IND` or `IND.OPTION`). */
export interface FormRow {
  unit: UnitInfo;
  status: RowStatus;
  /** Its only versions were rejected. */
  rejectedOnly: boolean;
  values: ReadonlyMap<string, FactValue>;
}

export interface FormSection {
  form: FormCode;
  unitType: UnitType;
  completeness: Completeness;
  rows: FormRow[];
}

/** Everything the workbook shows, read from the warehouse before a single cell is written. */
export interface SummaryModel {
  unit: UnitInfo;
  period: string;
  /** "6 tháng đầu năm 2022". */
  periodText: string;
  exportedAt: Date;
  /** The unit's roll-up, catalog order (spec §4 `rollup --json` + label, texts). */
  figures: RollupFigure[];
  forms: FormSection[];
  /** The unit and every unit under it, by code (names for lists). */
  units: ReadonlyMap<string, UnitInfo>;
}
