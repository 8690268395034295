export { default as excelForm, name as excelFormName, type ExcelFormOptions } from './excel-form';
export { default as excelTable, name as excelTableName, type ExcelTableOptions } from './excel-table';
export { EXCEL_CODES, ExcelRefusal, type ExcelCode } from './errors';
export { DEFAULT_ZIP_LIMITS, inspectZip, type ZipLimits, type ZipInventory } from './zip-safety';
export { METADATA_SHEET } from './metadata-sheet';
