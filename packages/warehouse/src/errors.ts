import { TonghopError } from '@tonghop/core';
import type { SourceRef } from '@tonghop/core';

/** Stable codes of the warehouse. The CLI and the API map them to exit codes / HTTP statuses. */
export const WAREHOUSE_ERROR_CODES = {
  /** Another process holds the database file; we waited `lockTimeoutMs` and gave up. */
  WAREHOUSE_LOCKED: 'WAREHOUSE_LOCKED',
  /** The database file could not be opened for another reason (bad path, corrupt file...). */
  WAREHOUSE_OPEN_FAILED: 'WAREHOUSE_OPEN_FAILED',
  /** A method was called on a handle after `close()`. */
  WAREHOUSE_CLOSED: 'WAREHOUSE_CLOSED',
  /** `write()` was called from inside another `write()` callback (it would wait for itself). */
  WAREHOUSE_NESTED_WRITE: 'WAREHOUSE_NESTED_WRITE',
  /** A migration file failed; nothing of it was applied. */
  MIGRATION_FAILED: 'MIGRATION_FAILED',
  /** A SQL statement failed (wrapped with its text; the DuckDB error is the cause). */
  QUERY_FAILED: 'QUERY_FAILED',
  /** A unit names a parent that is neither in the imported file nor in the database. */
  UNIT_PARENT_NOT_FOUND: 'UNIT_PARENT_NOT_FOUND',
  /** After the import a unit would be its own ancestor. */
  UNIT_PARENT_CYCLE: 'UNIT_PARENT_CYCLE',
  /** Two versions of one unit code would have overlapping validity (in the import, or with a stored version). */
  UNIT_VERSION_OVERLAP: 'UNIT_VERSION_OVERLAP',
  /** A crosswalk file is refused (unknown code, wrong level, versions that do not meet, duplicate link). */
  CROSSWALK_INVALID: 'CROSSWALK_INVALID',
  /** A `NewSubmission` is malformed (a programming error of the caller). */
  SUBMISSION_INVALID: 'SUBMISSION_INVALID',
  /** A fact's `source.file` is not its submission's `file.name` (facts no longer store their own file name). */
  FACT_SOURCE_FILE_MISMATCH: 'FACT_SOURCE_FILE_MISMATCH',
  /** No blob with this sha256 in the blob store. */
  BLOB_NOT_FOUND: 'BLOB_NOT_FOUND',
  /** A string that is not a lower-case hex sha256 was given as a blob address. */
  BLOB_BAD_HASH: 'BLOB_BAD_HASH',
} as const;

export type WarehouseErrorCode = (typeof WAREHOUSE_ERROR_CODES)[keyof typeof WAREHOUSE_ERROR_CODES];

/** Every error the warehouse throws on purpose: a stable `code`, a Vietnamese `message`, a `cause`. */
export class WarehouseError extends TonghopError {
  declare readonly code: WarehouseErrorCode;

  constructor(code: WarehouseErrorCode, message: string, options: { cause?: unknown; where?: SourceRef } = {}) {
    super(code, message, options);
    this.name = 'WarehouseError';
  }
}

/** A failing SQL statement, wrapped with its text so logs say which one (params stay in `params`). */
export class WarehouseQueryError extends WarehouseError {
  readonly sql: string;
  readonly params: readonly unknown[];

  constructor(sql: string, params: readonly unknown[], cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(WAREHOUSE_ERROR_CODES.QUERY_FAILED, `Truy vấn cơ sở dữ liệu thất bại: ${reason}`, { cause });
    this.name = 'WarehouseQueryError';
    this.sql = sql;
    this.params = params;
  }
}
