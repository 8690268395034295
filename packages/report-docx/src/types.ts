import type { DeadlineDays, RollupFigure, Sources } from '@tonghop/figures';
import type { FormSection, UnitInfo } from '@tonghop/report-export/loaders';

export type { ReadDb } from '@tonghop/figures';

export interface ReportOptions {
  /** The unit whose report is written (its code): a district, a province, a commune. */
  unit: string;
  /** Period code: 2022S1, 2022, 2023Q1 ... */
  period: string;
  /** The date the draft is made (the year of the date line); defaults to now. */
  clock?: () => Date;
  /** Deadline overrides for on time / late (see @tonghop/figures). */
  deadlines?: Partial<DeadlineDays>;
  /** A folder of templates to use instead of the package's own `templates/` (same file names). */
  templatesDir?: string;
}

/** A roll-up indexed by `IND` / `IND.OPTION`. */
export type FigureMap = ReadonlyMap<string, RollupFigure>;

/** Everything the report says, read before a single paragraph is written. */
export interface ReportData {
  unit: UnitInfo;
  period: string;
  /** "6 tháng đầu năm 2022". */
  periodText: string;
  madeAt: Date;
  figures: FigureMap;
  /** Catalog order, as the roll-up gives them. */
  figureList: readonly RollupFigure[];
  /** The same period a year earlier, when any of its figures has data ("so với cùng kỳ"). */
  previous: { period: string; periodText: string; figures: FigureMap } | null;
  /** Roll-ups restricted to the unit groups the templates name (`so_huu:tu_nhan`). */
  groups: ReadonlyMap<string, FigureMap>;
  /** Per form: expected units with their status, and the completeness. */
  forms: readonly FormSection[];
  /** The unit and every unit under it, by code. */
  units: ReadonlyMap<string, UnitInfo>;
  sources: Sources;
  /** Whether any figure of the period has data. */
  hasData: boolean;
}
