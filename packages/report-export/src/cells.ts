import type ExcelJS from 'exceljs';

/**
 * Number formats. Excel stores the format with `,` as the thousands separator and `.` as the
 * decimal point and displays it with the reader's locale: in a Vietnamese-locale Excel '#,##0'
 * shows 7.554 and '0.00%' shows 99,17%. A literal '#.##0' would be wrong in every other locale.
 */
export const FORMAT = { integer: '#,##0', number: '#,##0.##', percent: '0.00%', text: '@' } as const;

/** A user text that a spreadsheet (or a CSV saved from it) could take for a formula. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * Writes a value. Strings are always written as string cells (exceljs writes shared strings,
 * never `<f>` formulas); one that looks like a formula also gets the Text number format '@' so
 * that editing the cell in Excel keeps it text. Line breaks are written as LF (CR LF and CR too).
 */
export function put(cell: ExcelJS.Cell, value: string | number | null | undefined, numFmt?: string): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'string') {
    // XML readers turn a raw CR into LF anyway: make that explicit.
    cell.value = value.replace(/\r\n?/g, '\n');
    if (looksLikeFormula(value)) cell.numFmt = FORMAT.text;
    return;
  }
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
}

/**
 * A new sheet set up for printing: A4, landscape when wide, fitted to the page width. Both the
 * in-memory and the streaming workbook take these options at creation.
 */
export function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  opts: { landscape?: boolean; frozen?: { x: number; y: number } } = {},
): ExcelJS.Worksheet {
  return wb.addWorksheet(name, {
    pageSetup: { paperSize: 9, orientation: opts.landscape ? 'landscape' : 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    ...(opts.frozen ? { views: [{ state: 'frozen', xSplit: opts.frozen.x, ySplit: opts.frozen.y }] } : {}),
  });
}

const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF808080' } };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Bold, grey, wrapped, centred: a table header cell. */
export function styleHeader(cell: ExcelJS.Cell): void {
  cell.font = { bold: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
  cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  cell.border = BORDER;
}

/** A body cell with a border; text wraps at the top. */
export function styleBody(cell: ExcelJS.Cell, opts: { bold?: boolean; wrap?: boolean } = {}): void {
  cell.border = BORDER;
  if (opts.bold) cell.font = { bold: true };
  if (opts.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
}

/** The four heading lines every sheet starts with; returns the next free row number. */
export function writeHeading(ws: ExcelJS.Worksheet, lines: { title: string; subtitle: string[] }, width: number): number {
  const title = ws.addRow([]);
  put(title.getCell(1), lines.title);
  title.getCell(1).font = { bold: true, size: 14 };
  title.getCell(1).alignment = { horizontal: 'center' };
  ws.mergeCells(title.number, 1, title.number, width);
  title.commit();
  for (const text of lines.subtitle) {
    const row = ws.addRow([]);
    put(row.getCell(1), text);
    row.getCell(1).alignment = { horizontal: 'center' };
    ws.mergeCells(row.number, 1, row.number, width);
    row.commit();
  }
  ws.addRow([]).commit();
  return title.number + lines.subtitle.length + 2;
}
