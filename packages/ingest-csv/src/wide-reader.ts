import type { IngestFile, Located, RawFact, SubmissionDraft } from '@tonghop/ingest-contract';
import { errorDraft, issue } from '@tonghop/ingest-contract';
import type { CsvSource } from './csv-source';
import { ErrorList, fileIssues, fitRow, isBlankRow, sourceErrors } from './csv-source';
import { CSV_ISSUE_CODES } from './errors';
import { isTotalLabel } from './headers';
import type { WideColumns } from './wide-header';
import { mapWideHeader } from './wide-header';
import type { Preamble } from './wide-preamble';
import { readPreambleLine } from './wide-preamble';
import type { BlockRow } from './wide-totals';
import { checkTotals } from './wide-totals';

/**
 * Reads a wide table: lines above the header are the preamble (period, form); the header is the
 * first line with a unit column; then one draft per unit row, one fact per filled indicator cell.
 * Total rows are skipped and checked against the rows above them.
 */
export async function readWide(file: IngestFile, src: CsvSource): Promise<SubmissionDraft[]> {
  const name = file.name;
  const errors = new ErrorList();
  const preamble: Preamble = { period: null, form: null };
  const drafts: SubmissionDraft[] = [];
  let cols: WideColumns | null = null;
  let width = 0;
  let headerLine = 0;
  let sawRows = false;
  let block: BlockRow[] = [];

  for await (const { rows, lines } of src.batches) {
    for (let r = 0; r < rows.length; r++) {
      const line = lines[r] as number;
      const raw = rows[r] as string[];
      if (isBlankRow(raw)) continue;
      sawRows = true;
      if (cols === null) {
        cols = mapWideHeader(raw);
        if (cols === null) {
          readPreambleLine(preamble, raw, name, line);
          continue;
        }
        if (cols.duplicates.length > 0)
          errors.add(
            issue(
              CSV_ISSUE_CODES.duplicateColumn,
              `Dòng tiêu đề (dòng ${line}) của tệp ${name} có cột trùng: ${cols.duplicates.join(', ')}.`,
              { file: name, line },
            ),
          );
        width = raw.length;
        headerLine = line;
        continue;
      }
      const row = fitRow(raw, width);
      if (row === null) {
        errors.add(fileIssues.fieldCount(name, line, raw.length, width));
        continue;
      }
      if (cols.labelColumns.some((i) => isTotalLabel(row[i] ?? ''))) {
        checkTotals(block, row, line, cols, name);
        block = [];
        continue;
      }
      const draft = unitDraft(row, line, cols, preamble, name);
      drafts.push(draft);
      block.push({ draft, row });
    }
  }
  const fileErrors = sourceErrors(name, src, errors);
  if (fileErrors.length > 0) return [errorDraft(name, fileErrors)];
  if (!sawRows) return [errorDraft(name, [fileIssues.empty(name)])];
  if (cols === null) {
    return [
      errorDraft(name, [
        issue(
          CSV_ISSUE_CODES.noHeader,
          `Tệp ${name} không có dòng tiêu đề với cột mã đơn vị (unit_code / Mã đơn vị) hoặc tên đơn vị (Đơn vị / Tên đơn vị) (dòng 1).`,
          { file: name, line: 1 },
        ),
      ]),
    ];
  }
  if (drafts.length === 0) return [errorDraft(name, [fileIssues.headerOnly(name, headerLine)])];
  return drafts;
}

function cellAt(row: readonly string[], index: number, file: string, line: number): Located | null {
  const text = index === -1 ? '' : (row[index] ?? '').trim();
  return text === '' ? null : { text, source: { file, line } };
}

function unitDraft(row: readonly string[], line: number, cols: WideColumns, preamble: Preamble, file: string): SubmissionDraft {
  const source = { file, line };
  const unit = cellAt(row, cols.unitCode, file, line) ?? cellAt(row, cols.unitName, file, line);
  const period = cellAt(row, cols.period, file, line) ?? preamble.period;
  const form = cellAt(row, cols.form, file, line) ?? preamble.form;
  const facts: RawFact[] = [];
  for (const { index, text } of cols.indicators) {
    const value = (row[index] ?? '').trim();
    if (value !== '') facts.push({ indicator: text, option: null, raw: value, source });
  }
  const errors = [];
  if (unit === null) errors.push(issue(CSV_ISSUE_CODES.missingUnit, `Dòng ${line} của tệp ${file} không có mã hoặc tên đơn vị.`, source));
  if (period === null) {
    errors.push(
      issue(
        CSV_ISSUE_CODES.missingPeriod,
        `Dòng ${line} của tệp ${file} không có kỳ báo cáo: thêm cột "Kỳ báo cáo" hoặc dòng "Kỳ báo cáo: ..." phía trên dòng tiêu đề.`,
        source,
      ),
    );
  }
  return { unit, period, form, facts, errors, warnings: [], source };
}
