import type { Unit } from '@tonghop/core';
import type { IngestPlugin } from '@tonghop/ingest-contract';
import type { Warehouse } from '@tonghop/warehouse';
import type { PluginRegistry } from './registry';

/** One problem, as printed by `ingest --json` (spec §4). */
export interface IngestIssue {
  /** Where: `D12`, `Sheet1!D12`, `dòng 14`, several joined by `, `; null for the whole file. */
  cell: string | null;
  /** A rule id (`R01`) or a stable code (`VALUE_NOT_NUMBER`, `UNIT_NOT_FOUND`, ...). */
  rule: string;
  /** Vietnamese, names the place: "tệp X, dòng 14: ...". */
  message: string;
}

export type IngestStatus = 'accepted' | 'rejected' | 'warning';

/** Exactly the `ingest --json` object of spec §4, one per submission a file yields. */
export interface IngestResult {
  file: string;
  status: IngestStatus;
  plugin: string | null;
  unit: string | null;
  period: string | null;
  form: string | null;
  submission_id: number | null;
  supersedes: number | null;
  facts: number;
  errors: IngestIssue[];
  warnings: IngestIssue[];
}

export type IngestProgress =
  | { kind: 'file-start'; file: string; index: number; files: number; bytes: number }
  | { kind: 'file-progress'; file: string; done: number; total: number }
  | { kind: 'file-done'; file: string; index: number; files: number };

export interface IngestContext {
  warehouse: Warehouse;
  plugins: PluginRegistry | readonly IngestPlugin[];
  /** Who uploads (user name or `cli`): recorded on every submission and audit entry. */
  actor: string;
  clock: () => Date;
  onProgress?: (event: IngestProgress) => void;
  /** Whether the actor may submit for this unit (API uploaders); everything is allowed when absent. */
  mayUploadFor?: (unit: Unit) => boolean;
  signal?: AbortSignal;
  /** When a file's valid drafts are stored (one transaction per batch). Default 1,000 submissions or 100,000 facts. */
  batch?: { submissions: number; facts: number };
  /**
   * Long CSV files of at least this many bytes go the staged path (DuckDB reads them; see
   * staged/ingest-staged.ts): default 1 MiB. `Infinity` turns it off, 0 sends every long CSV.
   */
  stagedAboveBytes?: number;
  /** …and at most this many: default 64 MiB (DuckDB holds the staged rows in memory; bigger files are streamed by the plugin). */
  stagedUpToBytes?: number;
}

/** A file to ingest: where it is and the name that messages and results show. */
export interface IngestSource {
  path: string;
  name: string;
}
