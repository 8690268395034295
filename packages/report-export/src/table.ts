import type ExcelJS from 'exceljs';
import { put, styleBody, styleHeader } from './cells';

/** A bold section title in column A. */
export function section(ws: ExcelJS.Worksheet, text: string): void {
  const row = ws.addRow([]);
  put(row.getCell(1), text);
  row.getCell(1).font = { bold: true };
  row.commit();
}

/** A header row of titles; returns its row number (to repeat it on every printed page). */
export function header(ws: ExcelJS.Worksheet, titles: string[]): number {
  const row = ws.addRow([]);
  titles.forEach((t, i) => {
    put(row.getCell(i + 1), t);
    styleHeader(row.getCell(i + 1));
  });
  row.commit();
  return row.number;
}

/**
 * Lines a wrapped text takes in a column `width` characters wide. LibreOffice does not compute
 * row heights when it opens an .xlsx (Excel does), so a row of wrapped text gets its height set.
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(width * (bold ? 1.0 : 1.15)) - 1);
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/** One table row: values, their number formats, bold for totals. */
export function body(ws: ExcelJS.Worksheet, values: (string | number | null)[], formats: (string | undefined)[] = [], bold = false): void {
  const row = ws.addRow([]);
  let lines = 1;
  values.forEach((v, i) => {
    const cell = row.getCell(i + 1);
    put(cell, v, formats[i]);
    styleBody(cell, { bold, wrap: typeof v === 'string' });
    const column = ws.getColumn(i + 1);
    if (typeof v === 'string' && !column.hidden) lines = Math.max(lines, wrappedLines(v, column.width ?? 9, bold));
  });
  if (lines > 1) row.height = lines * 15 + 1;
  row.commit();
}
