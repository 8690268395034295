import type { DraftIssue } from '@tonghop/ingest-contract';
import { errorDraft, issue } from '@tonghop/ingest-contract';
import type { SubmissionDraft } from '@tonghop/ingest-contract';
import type { CsvSource } from './csv-source';
import { ErrorList, fileIssues, fitRow, isBlankRow, sourceErrors } from './csv-source';
import { CSV_ISSUE_CODES } from './errors';
import type { LongColumns } from './long-header';
import { LONG_HEADER_NAMES, mapLongHeader } from './long-header';

/** Called for each data line that has a unit and a period (texts trimmed; form '' when absent). */
export type LongRowFn = (row: readonly string[], line: number, unit: string, period: string, form: string) => void;

/** What a scan of a long file learnt: its columns, and the file-level errors (empty = readable). */
export interface LongScan {
  cols: LongColumns | null;
  headerLine: number;
  dataRows: number;
  errors: ErrorList;
  /** A header problem stops the scan at once. */
  headerError: DraftIssue | null;
}

/**
 * Walks the data lines of a long file (header mapped, blank lines skipped, Excel padding
 * tolerated), calling `onRow` for each; yields after each parsed block so that a caller can
 * hand on finished drafts. Field-count and missing unit/period problems go to `scan.errors`.
 */
export async function* scanLongRows(src: CsvSource, file: string, scan: LongScan, onRow: LongRowFn): AsyncGenerator<void> {
  let cols: LongColumns | null = null;
  let width = 0;
  for await (const { rows, lines } of src.batches) {
    for (let r = 0; r < rows.length; r++) {
      const line = lines[r] as number;
      let row = rows[r] as string[];
      if (cols === null) {
        const header = mapLongHeader(row);
        if (header.missing.length > 0 || header.duplicates.length > 0) {
          scan.headerError = headerIssue(file, line, header.missing, header.duplicates);
          return;
        }
        scan.cols = cols = header.columns;
        scan.headerLine = line;
        width = row.length;
        continue;
      }
      if (row.length !== width) {
        if (isBlankRow(row)) continue;
        const fitted = fitRow(row, width);
        if (fitted === null) {
          scan.errors.add(fileIssues.fieldCount(file, line, row.length, width));
          continue;
        }
        row = fitted;
      }
      const unit = (row[cols.unitCode] as string).trim();
      const period = (row[cols.period] as string).trim();
      if (unit === '' || period === '') {
        if (isBlankRow(row)) continue;
        scan.errors.add(missingKeyIssue(file, line, unit === '' ? 'unit_code' : 'period'));
        continue;
      }
      scan.dataRows++;
      onRow(row, line, unit, period, cols.form === -1 ? '' : (row[cols.form] as string).trim());
    }
    yield;
  }
}

export function newScan(): LongScan {
  return { cols: null, headerLine: 0, dataRows: 0, errors: new ErrorList(), headerError: null };
}

/** The single error draft of an unreadable long file, or null when the scan found it readable. */
export function scanFailure(file: string, src: CsvSource, scan: LongScan): SubmissionDraft | null {
  if (scan.headerError) return errorDraft(file, [scan.headerError]);
  const errors = sourceErrors(file, src, scan.errors);
  if (errors.length > 0) return errorDraft(file, errors);
  if (scan.cols === null) return errorDraft(file, [fileIssues.empty(file)]);
  if (scan.dataRows === 0) return errorDraft(file, [fileIssues.headerOnly(file, scan.headerLine)]);
  return null;
}

function headerIssue(
  file: string,
  line: number,
  missing: readonly (keyof typeof LONG_HEADER_NAMES)[],
  duplicates: readonly string[],
): DraftIssue {
  if (missing.length > 0) {
    const names = missing.map((m) => LONG_HEADER_NAMES[m]).join(', ');
    return issue(
      CSV_ISSUE_CODES.missingColumn,
      `Dòng tiêu đề (dòng ${line}) của tệp ${file} thiếu cột ${names}. Cần các cột unit_code, period, indicator, value (tùy chọn category_option, form).`,
      { file, line },
    );
  }
  return issue(CSV_ISSUE_CODES.duplicateColumn, `Dòng tiêu đề (dòng ${line}) của tệp ${file} có cột trùng: ${duplicates.join(', ')}.`, {
    file,
    line,
  });
}

function missingKeyIssue(file: string, line: number, column: 'unit_code' | 'period'): DraftIssue {
  const what = column === 'unit_code' ? 'mã đơn vị (cột unit_code)' : 'kỳ báo cáo (cột period)';
  return issue(
    column === 'unit_code' ? CSV_ISSUE_CODES.missingUnit : CSV_ISSUE_CODES.missingPeriod,
    `Dòng ${line} thiếu ${what}, tệp ${file}.`,
    { file, line },
  );
}
