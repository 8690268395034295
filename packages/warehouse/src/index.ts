export { openWarehouse, type OpenWarehouseOptions, type Warehouse } from './open';
export type { Tx } from './writer';
export type { BlobStore, HeldBlob, PutOptions, StoredBlob } from './blobs';
export { silentLogger, type Logger } from './logger';
export type { CatalogInput } from './catalog-sync';
export type {
  AuditEntry,
  FactRecord,
  NewFact,
  NewSubmission,
  NewValidationResult,
  StoredSubmission,
  SubmissionFilter,
  SubmissionRecord,
  SubmissionStatus,
  ValidationRecord,
  StagedFacts,
  StoreOptions,
} from './types';
export { Staging, type StagedColumns, type StageCsvOptions } from './staging';
export type { ColumnType, ValueColumn } from './column-table';
export { draftKey } from './store-submission';
export { quoteIdent, qualifiedName } from './quote';
export { WAREHOUSE_ERROR_CODES, WarehouseError, WarehouseQueryError, type WarehouseErrorCode } from './errors';
export { plainConverter, type PlainValue } from './convert';
export { loadMigrations, MIGRATIONS_DIR } from './migrate';
export { readRows } from './sql';
export { storageFailure, type StorageFailure } from './storage-error';
export { getUnitHistory, type LinkedUnit, type UnitHistory, type UnitVersionInfo } from './crosswalk';
export { sweepBlobs, type BlobSweep, type BlobSweepOptions } from './blob-gc';
