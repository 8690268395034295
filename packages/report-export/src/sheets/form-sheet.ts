import type ExcelJS from 'exceljs';
import { addSheet, FORMAT, HEADING_ROWS, put, repeatRows, spanOf, styleBody, styleHeader, writeHeading, writeSignatures } from '../cells';
import { formColumns, type FormColumn, type Indicator } from '@tonghop/core';
import { totalCell, unitCell, type CellValue } from '../form-values';
import { formCoverage } from '../coverage';
import { documentHeading } from '../heading';
import type { FormRow, FormSection, SummaryModel } from '../types';
import { FORM_SHEET, FORM_TITLE, STATUS_WORD } from '../words';

const LEAD = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Tình trạng báo cáo'];
const LEAD_WIDTHS = [6, 12, 30, 14];
const COLUMN_WIDTH = 15;
/**
 * A form has up to ~35 columns: printed at this scale, 6–8 of them per A4 landscape page, the
 * unit's number, code and name repeated on the left of every page and the header rows on top
 * (fitting them all on one page width would print them too small to read).
 */
const PRINT_SCALE = 75;

/**
 * One sheet per form: the expected units as rows, the form's indicators as columns (a
 * disaggregated one: total and each option; a classification: one column per grade), a row
 * of codes, and a total row with the coverage.
 */
export function writeFormSheet(wb: ExcelJS.Workbook, model: SummaryModel, s: FormSection): ExcelJS.Worksheet {
  const groups = formColumns(s.form);
  const columns = groups.flatMap((g) => g.columns);
  const ws = addSheet(wb, FORM_SHEET[s.form], {
    fitToWidth: false,
    scale: PRINT_SCALE,
    titleColumns: 'A:C',
    frozen: { x: 3, y: HEADING_ROWS + 3 },
  });
  const widths = [...LEAD_WIDTHS, ...columns.map(() => COLUMN_WIDTH)];
  ws.columns = widths.map((width) => ({ width }));
  const width = LEAD.length + columns.length;
  const span = spanOf(widths, PRINT_SCALE);
  writeHeading(ws, documentHeading(model, `${FORM_TITLE[s.form]}: ${formCoverage(s)} đã báo cáo`), span);

  const top = ws.addRow([]);
  const sub = ws.addRow([]);
  const codes = ws.addRow([]);
  LEAD.forEach((t, i) => {
    put(top.getCell(i + 1), t);
    ws.mergeCells(top.number, i + 1, sub.number, i + 1);
  });
  let col = LEAD.length + 1;
  for (const g of groups) {
    put(top.getCell(col), titleOf(g.indicator));
    if (g.columns.length === 1) ws.mergeCells(top.number, col, sub.number, col);
    else ws.mergeCells(top.number, col, top.number, col + g.columns.length - 1);
    for (const c of g.columns) {
      if (g.columns.length > 1) put(sub.getCell(col), c.option?.label ?? 'Tổng số');
      put(codes.getCell(col), c.option ? `${c.indicator.code}.${c.option.code}` : c.indicator.code);
      col += 1;
    }
  }
  for (let i = 1; i <= width; i += 1) {
    for (const r of [top, sub]) styleHeader(r.getCell(i));
    codes.getCell(i).font = { italic: true, color: { argb: 'FF808080' } };
    codes.getCell(i).alignment = { horizontal: 'center' };
  }
  // Tall enough for the longest title of a one-column group (wrapped at the column width).
  const longest = Math.max(...groups.filter((g) => g.columns.length === 1).map((g) => titleOf(g.indicator).length), 10);
  top.height = Math.ceil(longest / (COLUMN_WIDTH - 2)) * 15 + 6;
  // The indicator codes are for machines (and tests): a hidden row, not printed.
  codes.hidden = true;
  for (const r of [top, sub, codes]) r.commit();
  repeatRows(ws, top.number, sub.number);

  if (s.rows.length === 0) {
    const row = ws.addRow([]);
    put(row.getCell(1), 'Không có đơn vị nào phải báo cáo biểu này trong kỳ.');
    row.commit();
    writeSignatures(ws, span);
    return ws;
  }
  s.rows.forEach((r, i) =>
    writeRow(
      ws,
      [i + 1, r.unit.code, r.unit.name, status(r)],
      columns.map((c) => unitCell(r.values, c)),
      columns,
      false,
    ),
  );
  const totals = columns.map((c) =>
    totalCell(
      s.rows.map((r) => r.values),
      c,
    ),
  );
  const c = s.completeness;
  writeRow(ws, [null, null, `Tổng cộng (${formCoverage(s)})`, `${c.submitted}/${c.expected}`], totals, columns, true);
  writeSignatures(ws, span);
  return ws;
}

function titleOf(indicator: Indicator): string {
  return indicator.unitLabel ? `${indicator.label} (${indicator.unitLabel})` : indicator.label;
}

function status(r: FormRow): string {
  return r.rejectedOnly ? `${STATUS_WORD.missing} (báo cáo bị từ chối)` : STATUS_WORD[r.status];
}

function writeRow(ws: ExcelJS.Worksheet, lead: (string | number | null)[], cells: CellValue[], columns: FormColumn[], bold: boolean): void {
  const row = ws.addRow([]);
  lead.forEach((v, i) => put(row.getCell(i + 1), v));
  cells.forEach((v, i) => put(row.getCell(LEAD.length + i + 1), v, format(columns[i], v)));
  for (let i = 1; i <= lead.length + cells.length; i += 1) styleBody(row.getCell(i), { bold });
  row.commit();
}

function format(column: FormColumn | undefined, v: CellValue): string | undefined {
  if (column?.kind === 'percent') return FORMAT.percent;
  return typeof v === 'number' && !Number.isInteger(v) ? FORMAT.number : FORMAT.integer;
}
