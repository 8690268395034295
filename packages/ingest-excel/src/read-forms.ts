import { readFile, stat } from 'node:fs/promises';
import type { IngestFile, SubmissionDraft } from '@tonghop/ingest-contract';
import type { ExcelFormOptions } from './excel-form';
import { EXCEL_CODES, ExcelRefusal } from './errors';
import { readFormSheet } from './form-sheet';
import { loadWorkbook } from './load-workbook';
import { METADATA_SHEET, readMetadata } from './metadata-sheet';
import { checkWorkbookFile, refusing } from './open-checks';
import { worksheetRows } from './worksheet-grid';

// The reading part of excel-form, loaded only when a file is read (exceljs, yauzl).

/** The drafts of a form workbook; a refused file is one refusal draft. */
export function readForms(file: IngestFile, options: ExcelFormOptions): AsyncIterable<SubmissionDraft> {
  return refusing(file, () => forms(file, options));
}

/** A file the head holds whole (the orchestrator keeps the first 64 KiB it copied): not read again. */
async function wholeHead(file: IngestFile): Promise<Buffer> {
  await stat(file.path); // still there (an I/O failure is thrown, as a read would)
  return Buffer.from(file.head.buffer, file.head.byteOffset, file.head.byteLength);
}

async function* forms(file: IngestFile, options: ExcelFormOptions): AsyncIterable<SubmissionDraft> {
  // Form workbooks are small: read once, check the zip from memory, then parse the same bytes.
  const bytes = file.size <= file.head.byteLength ? await wholeHead(file) : await readFile(file.path);
  const warnings = await checkWorkbookFile(file, options.limits, bytes);
  const workbook = await loadWorkbook(bytes);
  const metaSheet = workbook.getWorksheet(METADATA_SHEET);
  const meta = metaSheet ? readMetadata(worksheetRows(metaSheet), file.name) : {};
  let found = 0;
  for (const ws of workbook.worksheets) {
    if (ws.name === METADATA_SHEET) continue;
    const draft = readFormSheet(worksheetRows(ws), { file: file.name, sheet: ws.name }, meta);
    if (!draft) continue;
    found += 1;
    draft.warnings.push(...warnings);
    yield draft;
  }
  if (found === 0) {
    const sheets = workbook.worksheets
      .filter((w) => w.name !== METADATA_SHEET)
      .map((w) => `"${w.name}"`)
      .join(', ');
    throw new ExcelRefusal(
      EXCEL_CODES.NO_FORM_TABLE,
      `Không tìm thấy bảng số liệu theo mẫu báo cáo (dòng tiêu đề có cột "Chỉ tiêu" và cột "Số liệu") trong các trang ${sheets || '(không có trang nào)'}`,
    );
  }
}
