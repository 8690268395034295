import type ExcelJS from 'exceljs';
import { put, styleBody, styleHeader } from './cells';

/** A bold section title in column A. */
export function section(ws: ExcelJS.Worksheet, text: string): void {
  const row = ws.addRow([]);
  put(row.getCell(1), text);
  row.getCell(1).font = { bold: true };
  row.commit();
}

/** A header row of titles. */
export function header(ws: ExcelJS.Worksheet, titles: string[]): void {
  const row = ws.addRow([]);
  titles.forEach((t, i) => {
    put(row.getCell(i + 1), t);
    styleHeader(row.getCell(i + 1));
  });
  row.commit();
}

/** One table row: values, their number formats, bold for totals. */
export function body(ws: ExcelJS.Worksheet, values: (string | number | null)[], formats: (string | undefined)[] = [], bold = false): void {
  const row = ws.addRow([]);
  values.forEach((v, i) => {
    const cell = row.getCell(i + 1);
    put(cell, v, formats[i]);
    styleBody(cell, { bold, wrap: typeof v === 'string' });
  });
  row.commit();
}
