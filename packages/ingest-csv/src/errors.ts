/** Stable codes of the issues the CSV plugins report, and the one error they throw (I/O). */

export const CSV_ISSUE_CODES = {
  empty: 'CSV_EMPTY',
  notText: 'CSV_NOT_TEXT',
  headerOnly: 'CSV_HEADER_ONLY',
  notUtf8: 'CSV_NOT_UTF8',
  mixedEncoding: 'CSV_MIXED_ENCODING',
  badUtf16: 'CSV_BAD_UTF16',
  unterminatedQuote: 'CSV_UNTERMINATED_QUOTE',
  badQuote: 'CSV_BAD_QUOTE',
  lineTooLong: 'CSV_LINE_TOO_LONG',
  fieldTooLong: 'CSV_FIELD_TOO_LONG',
  nulByte: 'CSV_NUL_BYTE',
  fieldCount: 'CSV_FIELD_COUNT',
  missingColumn: 'CSV_MISSING_COLUMN',
  duplicateColumn: 'CSV_DUPLICATE_COLUMN',
  noHeader: 'CSV_NO_HEADER',
  missingUnit: 'CSV_MISSING_UNIT',
  missingPeriod: 'CSV_MISSING_PERIOD',
  missingIndicator: 'CSV_MISSING_INDICATOR',
  tooManyErrors: 'CSV_TOO_MANY_ERRORS',
  totalMismatch: 'CSV_TOTAL_MISMATCH',
} as const;

export type CsvIssueCode = (typeof CSV_ISSUE_CODES)[keyof typeof CSV_ISSUE_CODES];

/** Reading the file itself failed (vanished, permissions, disk): not the user's CSV, so thrown. */
export class CsvReadError extends Error {
  readonly code = 'CSV_READ_FAILED';
  readonly file: string;

  constructor(file: string, cause: unknown) {
    super(`Không đọc được tệp ${file}`, { cause });
    this.name = 'CsvReadError';
    this.file = file;
  }
}
