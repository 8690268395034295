import type ExcelJS from 'exceljs';
import type { DocumentHeading } from './heading';
import { SIGN_HEAD, SIGN_HEAD_HINT, SIGN_PREPARER, SIGN_PREPARER_HINT } from './words';

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

/** How a sheet is printed: A4 landscape, fitted to the page width or at a fixed scale. */
export interface PrintSetup {
  /** Fit every column on the page width (as many pages tall as needed); else print at `scale`. */
  fitToWidth: boolean;
  /** Percent, when not fitted (a wide form sheet runs over several pages, its first columns repeated). */
  scale?: number;
  frozen?: { x: number; y: number };
  /** Columns repeated at the left of every page, e.g. 'A:C'. */
  titleColumns?: string;
}

/**
 * A new sheet set up for printing: A4 landscape, narrow margins, page numbers in the footer,
 * fitted to the page width (never squeezed onto one page). Both the in-memory and the streaming
 * workbook take these options at creation; the repeated header rows are set by `repeatRows`.
 */
export function addSheet(wb: ExcelJS.Workbook, name: string, print: PrintSetup): ExcelJS.Worksheet {
  return wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false, scale: print.scale ?? 100 }),
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(print.titleColumns ? { printTitlesColumn: print.titleColumns } : {}),
    },
    headerFooter: { oddFooter: `&L&8${name}&R&8Trang &P/&N` },
    ...(print.frozen ? { views: [{ state: 'frozen', xSplit: print.frozen.x, ySplit: print.frozen.y }] } : {}),
  });
}

/** The table header rows (`from`..`to`) are printed again at the top of every page. */
export function repeatRows(ws: ExcelJS.Worksheet, from: number, to = from): void {
  ws.pageSetup.printTitlesRow = `${from}:${to}`;
}

/**
 * How many of the first columns fit the width of the first printed page (at `scale` percent,
 * A4 landscape minus the margins ≈ 140 character widths at 100 %): the heading and the
 * signatures are laid out over those, so that they are never cut by a page break.
 */
export function firstPageColumns(widths: readonly number[], scale = 100): number {
  const capacity = (140 * 100) / scale;
  let used = 0;
  for (let i = 0; i < widths.length; i += 1) {
    used += (widths[i] ?? 0) + 0.7;
    if (used > capacity) return Math.max(1, i);
  }
  return widths.length;
}

/** Where the heading and the signatures go: the first `width` columns, split at `left`. */
export interface Span {
  /** Columns of the left block (issuing body, preparer's signature). */
  left: number;
  /** Columns used in all. */
  width: number;
}

/**
 * A span for `widths` (visible column widths; a hidden column counts 0): every column of a sheet
 * fitted to the page width, or those on the first page of one printed at `scale`.
 */
export function spanOf(widths: readonly number[], scale?: number): Span {
  const width = scale === undefined ? widths.length : firstPageColumns(widths, scale);
  const total = widths.slice(0, width).reduce((a, b) => a + b, 0);
  let left = 1;
  let used = widths[0] ?? 0;
  while (left < width - 1 && used + (widths[left] ?? 0) <= total * 0.42) {
    used += widths[left] ?? 0;
    left += 1;
  }
  return { left, width };
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
  cell.alignment = opts.wrap ? { wrapText: true, vertical: 'top' } : { vertical: 'top' };
}

/** One row with a text over the left block and one over the right block, each merged and centred. */
function pair(
  ws: ExcelJS.Worksheet,
  span: Span,
  left: string,
  right: string,
  fonts: { left?: Partial<ExcelJS.Font>; right?: Partial<ExcelJS.Font> },
): ExcelJS.Row {
  const row = ws.addRow([]);
  put(row.getCell(1), left);
  put(row.getCell(span.left + 1), right);
  for (const [col, font] of [
    [1, fonts.left],
    [span.left + 1, fonts.right],
  ] as const) {
    row.getCell(col).alignment = { horizontal: 'center', vertical: 'middle' };
    if (font) row.getCell(col).font = font;
  }
  if (span.left > 1) ws.mergeCells(row.number, 1, row.number, span.left);
  if (span.width > span.left + 1) ws.mergeCells(row.number, span.left + 1, row.number, span.width);
  row.commit();
  return row;
}

/** One line merged over the span, centred. */
function line(ws: ExcelJS.Worksheet, span: Span, text: string, font: Partial<ExcelJS.Font>): void {
  const row = ws.addRow([]);
  put(row.getCell(1), text);
  row.getCell(1).font = font;
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  if (span.width > 1) ws.mergeCells(row.number, 1, row.number, span.width);
  row.commit();
}

const FONT = 'Times New Roman';

/**
 * The state document heading every printed sheet starts with (issuing body | quốc hiệu and tiêu
 * ngữ, place and date, title, period in words, the sheet's title); returns the next free row.
 */
export function writeHeading(ws: ExcelJS.Worksheet, h: DocumentHeading, span: Span): number {
  pair(ws, span, h.body[0], h.nation, { left: { name: FONT, size: 12 }, right: { name: FONT, size: 12, bold: true } });
  pair(ws, span, h.body[1], h.motto, {
    left: { name: FONT, size: 12, bold: true },
    right: { name: FONT, size: 13, bold: true, underline: true },
  });
  pair(ws, span, '', h.placeDate, { right: { name: FONT, size: 12, italic: true } });
  ws.addRow([]).commit();
  line(ws, span, h.title, { name: FONT, size: 14, bold: true });
  line(ws, span, h.subject, { name: FONT, size: 13, bold: true });
  line(ws, span, h.sheetTitle, { name: FONT, size: 12, italic: true });
  const blank = ws.addRow([]);
  blank.commit();
  return blank.number + 1;
}

/** The rows the heading takes (the first table row is this + 1). */
export const HEADING_ROWS = 8;

/** The signature block under a sheet's table: the preparer on the left, the head of the unit on the right. */
export function writeSignatures(ws: ExcelJS.Worksheet, span: Span): void {
  ws.addRow([]).commit();
  pair(ws, span, SIGN_PREPARER, SIGN_HEAD, { left: { name: FONT, size: 12, bold: true }, right: { name: FONT, size: 12, bold: true } });
  pair(ws, span, SIGN_PREPARER_HINT, SIGN_HEAD_HINT, {
    left: { name: FONT, size: 11, italic: true },
    right: { name: FONT, size: 11, italic: true },
  });
  for (let i = 0; i < 4; i += 1) ws.addRow([]).commit();
}
