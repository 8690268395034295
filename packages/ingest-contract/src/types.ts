import type { SourceRef } from '@tonghop/core';
import type { StageContext, StageResult } from './stage';

/** A file handed to the plugins. It always exists on disk (uploads are streamed to a temp file first). */
export interface IngestFile {
  /** The name the user sees in messages (the original file name, not the temp path). */
  name: string;
  path: string;
  size: number;
  /** The first bytes of the file (up to 64 KiB), for detection without reading it all. */
  head: Uint8Array;
}

/** A text as written in the file, with where it was written. */
export interface Located {
  text: string;
  source: SourceRef;
}

/** A raw cell value as the file holds it: exceljs cell values are reduced to these. */
export type RawValue = string | number | boolean | Date | null;

export interface RawFact {
  /** The indicator as written: a code (`DON_TONG`, also `MT_GIAM_SAT.MTTQ`) or a label. */
  indicator: string;
  /** The category option as written (code, label or alias), or null for the indicator itself. */
  option: string | null;
  raw: RawValue;
  source: SourceRef;
}

/** A problem a plugin found while reading. `code` is stable; `message` is Vietnamese and names the place. */
export interface DraftIssue {
  code: string;
  message: string;
  source: SourceRef;
}

/**
 * What a plugin reads out of a file: one unit, one period, one form, raw values with sources.
 * The orchestrator resolves unit/period/form/indicators/options, parses values and validates.
 */
export interface SubmissionDraft {
  unit: Located | null;
  period: Located | null;
  form: Located | null;
  facts: RawFact[];
  errors: DraftIssue[];
  warnings: DraftIssue[];
  /** Where the draft sits in the file, for messages: the sheet, the row of a table, the CSV file. */
  source: SourceRef;
}

export interface ReadContext {
  signal?: AbortSignal;
  /** Called now and then with the number of bytes (or rows, for workbooks) consumed so far. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * What is known of a plugin without loading it (a plugin folder's `meta.ts`, pure): for the
 * registry, the upload form's `accept`, the API's extension allow-list and messages.
 */
export interface IngestPluginMeta {
  name: string;
  /** Vietnamese display name for messages: "CSV dạng dài", "Excel dạng biểu mẫu". */
  label: string;
  /** Extensions this plugin may read, lower case with the dot (`.csv`). */
  extensions: readonly string[];
}

export interface IngestPlugin {
  name: string;
  /** Vietnamese display name (see IngestPluginMeta); the name when absent. */
  label?: string;
  /** Extensions this plugin may read, lower case with the dot (`.csv`). */
  extensions: readonly string[];
  /**
   * 0 = not mine, 1 = certainly mine; ≥ 0.5 claims the file. Deterministic; looks only at
   * `file.head`, `file.name` and `file.size` (never reads the file).
   */
  detect(file: IngestFile): number | Promise<number>;
  read(file: IngestFile, ctx: ReadContext): AsyncIterable<SubmissionDraft>;
  /**
   * Optional fast path for big files (see stage.ts): the plugin stages the file in the
   * warehouse's temp tables and answers its submissions, or null to have `read` take it.
   * Must give the same results as `read` would.
   */
  stage?(file: IngestFile, ctx: StageContext): Promise<StageResult | null>;
}
