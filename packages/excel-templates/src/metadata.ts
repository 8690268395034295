import type ExcelJS from 'exceljs';

/** The hidden sheet read by @tonghop/ingest-excel when the header block lacks something. Same name there. */
export const METADATA_SHEET = '_tonghop';
export const TEMPLATE_VERSION = '1';

/** Writes key/value rows (column A the key, B the value) in a very hidden sheet. */
export function addMetadataSheet(wb: ExcelJS.Workbook, entries: Record<string, string>): void {
  const ws = wb.addWorksheet(METADATA_SHEET, { state: 'veryHidden' });
  for (const [key, value] of Object.entries({ ...entries, version: TEMPLATE_VERSION, generated_by: 'tonghop' })) {
    ws.addRow([key, value]);
  }
}
