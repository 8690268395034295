import type { FormCode, Unit } from '@tonghop/core';
import type { QueryResultBody } from './routes/query';
import type { Logger } from '@tonghop/warehouse';
import type { CompletenessBody, IngestResultBody, LineageBody, PipelineRunBody, PipelineRunResultBody, RollupBody } from './schemas';
import { ALLOWED_UPLOAD_EXTENSIONS } from './upload/extensions';

/**
 * The subset of `@tonghop/warehouse`'s Warehouse that the API uses. Declared here (structurally)
 * so that the API states exactly what it needs; the real Warehouse satisfies it.
 */
export interface WarehouseLike {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** The serialised single writer: `exec` runs one bound statement inside the transaction. */
  write<T>(fn: (tx: TxLike) => Promise<T>): Promise<T>;
  audit(entry: { actor: string; action: string; target?: string; detail?: unknown; client?: string | null }): Promise<void>;
  listUnits(): Promise<Unit[]>;
}

export interface TxLike {
  /** Returns the rows changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
}

/** A file of an upload, already on disk; `name` is the name the user gave it. */
export interface UploadSource {
  path: string;
  name: string;
}

export interface IngestOptions {
  actor: string;
  /** Per-unit access check, run before anything of that submission is stored. */
  mayUploadFor?: (unit: Unit) => boolean;
  signal?: AbortSignal;
}

export interface RollupQuery {
  unit: string;
  period: string;
  indicators: string[];
  group?: string;
  /** ISO date: restated onto the units in force on it (spec §6). */
  asOf?: string;
  compare?: 'previous-year' | 'previous-period';
}
export interface CompletenessQuery {
  unit: string;
  period: string;
  form: FormCode;
}
export interface LineageQuery {
  unit: string;
  period: string;
  indicator: string;
  option?: string;
}
export interface WorkbookQuery {
  unit: string;
  period: string;
  form?: FormCode;
}

/** A feature whose package has not landed yet is `undefined`; its routes answer 501. */
export interface AppDeps {
  warehouse: WarehouseLike;
  /** Streams the files through the ingest orchestrator, in order; one result per submission. */
  ingest?: (files: readonly UploadSource[], opts: IngestOptions) => Promise<IngestResultBody[]>;
  figures?: {
    rollup(q: RollupQuery): Promise<RollupBody>;
    completeness(q: CompletenessQuery): Promise<CompletenessBody>;
    lineage(q: LineageQuery): Promise<LineageBody>;
  };
  pipelines?: {
    /** A full or incremental run; records itself in the run log. */
    run(opts: { actor: string }): Promise<PipelineRunResultBody>;
    runs(limit: number): Promise<PipelineRunBody[]>;
    /** What runs after accepted uploads (incremental when the runner has it); `run` when absent. */
    refresh?(): Promise<unknown>;
  };
  workbooks?: {
    exportSummary?(q: WorkbookQuery): Promise<Uint8Array<ArrayBuffer>>;
    template?(q: Required<WorkbookQuery>): Promise<Uint8Array<ArrayBuffer>>;
  };
  /** `tonghop query`: one read-only statement (refusals are TonghopInputErrors → 422). */
  query?: (sql: string, opts: { maxRows: number }) => Promise<QueryResultBody>;
  /** The original bytes of a stored file, by sha256; a stream when available. */
  readBlob?: (sha256: string) => Promise<Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>>;
  clock: () => Date;
  logger: Logger;
  limits: Limits;
  /** Folder of the built web page (apps/web/dist); null = not built. */
  webDir?: string | null;
  /** Anonymous requests may read as `viewer` (the demo: `TONGHOP_PUBLIC_READ=1`). */
  publicRead?: boolean;
  /** The token `tonghop serve` gives the CLI of the same OS user (in a 0600 file beside the database): admin. */
  localToken?: string;
  /** Behind a reverse proxy: the client address is X-Forwarded-For's first hop (`TONGHOP_TRUST_PROXY=1`). */
  trustProxy?: boolean;
}

export type { Logger } from '@tonghop/warehouse';

export interface Limits {
  /** Bytes per uploaded file. */
  maxFileBytes: number;
  /** Files per upload request. */
  maxFiles: number;
  /** Bytes per upload request, checked against Content-Length before reading the body. */
  maxRequestBytes: number;
  /** Milliseconds for a read request. */
  readTimeoutMs: number;
  /** Milliseconds for an upload or a pipeline run. */
  writeTimeoutMs: number;
  /** How long a known token is remembered without asking the warehouse (ms; 0 = always ask). */
  tokenCacheMs: number;
  /** Memoised figure answers between pipeline runs (0 = no cache). */
  figuresCacheEntries: number;
  /** What one roll-up or lineage answer may carry (default DEFAULT_ANSWER_CAPS: 2,000 items, 2M characters of text). */
  answer?: { items: number; textChars: number };
  /** Extensions accepted in uploads (lower case, with the dot). */
  uploadExtensions: readonly string[];
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxFiles: 200,
  maxRequestBytes: 500 * 1024 * 1024,
  readTimeoutMs: 30_000,
  writeTimeoutMs: 10 * 60_000,
  figuresCacheEntries: 2000,
  tokenCacheMs: 10_000,
  uploadExtensions: ALLOWED_UPLOAD_EXTENSIONS,
};

export { silentLogger } from '@tonghop/warehouse';

/** Logs one JSON line per entry to stderr (stdout stays free for `--json` output). */
export const stderrLogger: Logger = {
  info: (message, data) => process.stderr.write(`${JSON.stringify({ level: 'info', message, ...data })}\n`),
  warn: (message, data) => process.stderr.write(`${JSON.stringify({ level: 'warn', message, ...data })}\n`),
  error: (message, data) => process.stderr.write(`${JSON.stringify({ level: 'error', message, ...data })}\n`),
};
