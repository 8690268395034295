import { readFile } from 'node:fs/promises';
import { defineIngestPlugin, type IngestFile, type ReadContext, type SubmissionDraft } from '@tonghop/ingest-contract';
import { formConfidence } from './confidence';
import { EXCEL_CODES, ExcelRefusal } from './errors';
import { readFormSheet } from './form-sheet';
import { loadWorkbook } from './load-workbook';
import { METADATA_SHEET, readMetadata } from './metadata-sheet';
import { checkWorkbookFile, refusing } from './open-checks';
import { worksheetRows } from './worksheet-grid';
import type { ZipLimits } from './zip-safety';

export const name = 'excel-form';

export interface ExcelFormOptions {
  /** Zip bomb limits, checked before parsing. */
  limits?: ZipLimits;
}

/**
 * Layout 1 of spec §3: one unit, one period, one form per sheet. Every sheet that holds a form
 * table gives one draft; other sheets are ignored. Also owns the files refused whole
 * (.xls, .ods, .xlsm): it yields one draft whose error says to save as .xlsx.
 */
export default function excelForm(options: ExcelFormOptions = {}) {
  return defineIngestPlugin({
    name,
    extensions: ['.xlsx', '.xlsm', '.xls', '.ods'],
    detect: (file: IngestFile) => formConfidence(file),
    read: (file: IngestFile, _ctx?: ReadContext) => refusing(file, () => readForms(file, options)),
  });
}

async function* readForms(file: IngestFile, options: ExcelFormOptions): AsyncIterable<SubmissionDraft> {
  // Form workbooks are small: read once, check the zip from memory, then parse the same bytes.
  const bytes = await readFile(file.path);
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
