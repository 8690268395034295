export { default as csvLong, type CsvLongOptions } from './csv-long';
export { default as csvWide, type CsvWideOptions } from './csv-wide';
export { CSV_ISSUE_CODES, CsvReadError, type CsvIssueCode } from './errors';
export { sniffEncoding, type CsvEncoding } from './encoding';
