export { exportParquet, type ExportParquetOptions, type ExportParquetResult } from './export-parquet';
export {
  EXCHANGE_SCHEMA_VERSION,
  EXPORT_TABLES,
  MANIFEST_FILE,
  readManifest,
  type ExportManifest,
  type ExportTable,
} from './manifest';
export { importParquet, type ImportParquetOptions, type ImportParquetResult } from './import-parquet';
export { EXCHANGE_ERROR_CODES, ExchangeError, isExchangeError, type ExchangeErrorCode } from './errors';
