import type { DraftIssue, IngestFile, RawFact, SubmissionDraft } from '@tonghop/ingest-contract';
import { errorDraft, issue } from '@tonghop/ingest-contract';
import type { CsvSource } from './csv-source';
import { ErrorList, fileIssues, fitRow, isBlankRow, sourceErrors } from './csv-source';
import { CSV_ISSUE_CODES } from './errors';
import type { LongColumns } from './long-header';
import { LONG_HEADER_NAMES, mapLongHeader } from './long-header';

/**
 * Reads a long file: one draft per (unit, period, form) as written (trimmed), in order of first
 * appearance, with one fact per non-empty value and its line. Any file-level error (decoding,
 * quotes, field count, missing unit or period) turns the whole file into one error draft.
 */
export async function readLong(file: IngestFile, src: CsvSource): Promise<SubmissionDraft[]> {
  const name = file.name;
  const errors = new ErrorList();
  const drafts = new Map<string, SubmissionDraft>();
  const interned = new Map<string, string>();
  const intern = (s: string) => interned.get(s) ?? (interned.set(s, s), s);
  let cols: LongColumns | null = null;
  let width = 0;
  let headerLine = 0;
  let dataRows = 0;
  let lastKey = '';
  let current: SubmissionDraft | null = null;

  for await (const { rows, lines } of src.batches) {
    for (let r = 0; r < rows.length; r++) {
      const line = lines[r] as number;
      let row = rows[r] as string[];
      if (cols === null) {
        const header = mapLongHeader(row);
        if (header.missing.length > 0 || header.duplicates.length > 0) return [errorDraft(name, [headerIssue(name, line, header.missing, header.duplicates)])];
        cols = header.columns;
        width = row.length;
        headerLine = line;
        continue;
      }
      if (isBlankRow(row)) continue;
      const fitted = fitRow(row, width);
      if (fitted === null) { errors.add(fileIssues.fieldCount(name, line, row.length, width)); continue; }
      row = fitted;
      dataRows++;
      const unit = (row[cols.unitCode] as string).trim();
      const period = (row[cols.period] as string).trim();
      const form = cols.form === -1 ? '' : (row[cols.form] as string).trim();
      if (unit === '' || period === '') { errors.add(missingKeyIssue(name, line, unit === '' ? 'unit_code' : 'period')); continue; }
      const key = `${unit}\u0000${period}\u0000${form}`;
      if (key !== lastKey || current === null) {
        lastKey = key;
        current = drafts.get(key) ?? null;
        if (current === null) {
          const source = { file: name, line };
          current = {
            unit: { text: unit, source }, period: { text: period, source }, form: form === '' ? null : { text: form, source },
            facts: [], errors: [], warnings: [], source,
          };
          drafts.set(key, current);
        }
      }
      const indicator = (row[cols.indicator] as string).trim();
      if (indicator === '') {
        current.errors.push(issue(CSV_ISSUE_CODES.missingIndicator, `Dòng ${line} thiếu mã chỉ tiêu (cột indicator), tệp ${name}.`, { file: name, line }));
        continue;
      }
      const value = (row[cols.value] as string).trim();
      if (value === '') continue;
      const option = cols.option === -1 ? '' : (row[cols.option] as string).trim();
      const fact: RawFact = { indicator: intern(indicator), option: option === '' ? null : intern(option), raw: value, source: { file: name, line } };
      current.facts.push(fact);
    }
  }
  const fileErrors = [...sourceErrors(name, src), ...errors.list(name)];
  if (fileErrors.length > 0) return [errorDraft(name, fileErrors)];
  if (cols === null) return [errorDraft(name, [fileIssues.empty(name)])];
  if (dataRows === 0) return [errorDraft(name, [fileIssues.headerOnly(name, headerLine)])];
  return [...drafts.values()];
}

function headerIssue(file: string, line: number, missing: readonly (keyof typeof LONG_HEADER_NAMES)[], duplicates: readonly string[]): DraftIssue {
  if (missing.length > 0) {
    const names = missing.map((m) => LONG_HEADER_NAMES[m]).join(', ');
    return issue(CSV_ISSUE_CODES.missingColumn, `Dòng tiêu đề (dòng ${line}) của tệp ${file} thiếu cột ${names}. Cần các cột unit_code, period, indicator, value (tùy chọn category_option, form).`, { file, line });
  }
  return issue(CSV_ISSUE_CODES.duplicateColumn, `Dòng tiêu đề (dòng ${line}) của tệp ${file} có cột trùng: ${duplicates.join(', ')}.`, { file, line });
}

function missingKeyIssue(file: string, line: number, column: 'unit_code' | 'period'): DraftIssue {
  const what = column === 'unit_code' ? 'mã đơn vị (cột unit_code)' : 'kỳ báo cáo (cột period)';
  return issue(column === 'unit_code' ? CSV_ISSUE_CODES.missingUnit : CSV_ISSUE_CODES.missingPeriod, `Dòng ${line} thiếu ${what}, tệp ${file}.`, { file, line });
}
