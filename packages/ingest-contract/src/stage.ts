import type { FormCode, Indicator, Period, Unit } from '@tonghop/core';
import type { ReadContext, SubmissionDraft } from './types';

/** One column of JS values for `StagingTables.load` (the warehouse's `createColumnTable`). */
export interface StagingColumn {
  name: string;
  /** A DuckDB type: VARCHAR, INTEGER, BIGINT, DOUBLE, BOOLEAN. */
  type: string;
  values: readonly unknown[];
}

/**
 * Temp tables on the warehouse's writer connection (the warehouse's `Staging`), handed to a
 * plugin's `stage` by the orchestrator, which drops them after the store.
 */
export interface StagingTables {
  /** The quoted name of staging table `name`. */
  table(name: string): string;
  /** Column arrays of a query. */
  columns(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown[]>>;
  /** `read_csv` of `path` into table `name`, every field VARCHAR (`c0`, `c1`, ...); strict. Returns the row count. */
  stageCsv(name: string, path: string, options: { delimiter: string; width: number }): Promise<number>;
  /** `create temp table name as sql`; returns its row count. */
  createAs(name: string, sql: string, params?: readonly unknown[]): Promise<number>;
  /** `create temp view name as sql`. */
  createView(name: string, sql: string): Promise<void>;
  /** A table from column values. */
  load(name: string, columns: readonly StagingColumn[]): Promise<void>;
}

/** A draft's unit, period and form as the orchestrator resolves them. */
export interface StagedHeader {
  unit: Unit;
  period: Period;
  form: FormCode;
}

/** What the orchestrator lends a plugin's `stage`: the tables, and its own resolving functions. */
export interface StageContext extends ReadContext {
  staging: StagingTables;
  /**
   * The staging table (or view) the plugin must make, by this name, with the facts of its clean
   * submissions: columns `grp` (INTEGER, the item's `group`), indicator, option, num_value,
   * bool_value, text_value, source_sheet, source_cell, source_line (the warehouse's
   * `STAGED_FACT_COLUMNS`). Rows of other groups are ignored.
   */
  factsTable: string;
  /** The draft's header as `read`'s drafts are resolved; null when it has a problem or the uploader may not submit for it. */
  resolveHeader(draft: SubmissionDraft): StagedHeader | null;
  /** An indicator (and option) text as written, resolved for a form; null when it does not resolve. */
  resolveFactKey(indicator: string, option: string | null, form: FormCode): { indicator: Indicator; option: string | null } | null;
}

/** A submission a staged file yields, in the order `read` would yield it. */
export type StagedItem =
  /** Goes the usual way: resolved, validated and stored like a draft of `read`. */
  | { draft: SubmissionDraft }
  /**
   * Plainly clean (the plugin checked, stricter than the rules, that nothing would be refused or
   * warned about): stored as is, its `facts` facts being the rows of `group` in `factsTable`.
   */
  | { draft: SubmissionDraft; header: StagedHeader; group: number; facts: number };

export interface StageResult {
  items: StagedItem[];
}
