export { default as csvLong, type CsvLongOptions } from './csv-long';
export { default as csvWide, type CsvWideOptions } from './csv-wide';
export { CSV_ISSUE_CODES, CsvReadError, type CsvIssueCode } from './errors';
export { sniffEncoding, type CsvEncoding } from './encoding';
export { addLongRow, newLongDraft } from './long-reader';
export { mapLongHeader, longHeaderScore, type LongColumns } from './long-header';
export { headText, findHeader, type HeadText } from './sniff';
