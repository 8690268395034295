import { catalog, type UnitType } from '@tonghop/core';
import type ExcelJS from 'exceljs';
import { addSheet, repeatRows, spanOf, writeHeading, writeSignatures } from '../cells';
import { documentHeading } from '../heading';
import { body, header, section } from '../table';
import type { SummaryModel } from '../types';
import { SHEET_COMMENTS, UNIT_TYPE_LABEL } from '../words';

const TYPE_ORDER: UnitType[] = ['tinh', 'huyen', 'xa', 'co_quan', 'doanh_nghiep', 'mat_tran'];

/** Sheet "Ý kiến": the free-text (`list`) indicators, one row per unit that wrote any. */
export function writeComments(wb: ExcelJS.Workbook, model: SummaryModel): ExcelJS.Worksheet {
  const lists = catalog.filter((i) => i.aggregation === 'list');
  const titles = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', ...lists.map((i) => i.label)];
  const ws = addSheet(wb, SHEET_COMMENTS, { fitToWidth: true });
  const widths = [6, 14, 32, 22, ...lists.map(() => 60)];
  ws.columns = widths.map((width) => ({ width }));
  const span = spanOf(widths);
  writeHeading(ws, documentHeading(model, 'Ý kiến của các đơn vị'), span);
  repeatRows(ws, header(ws, titles));

  const texts = new Map<string, Map<string, string>>();
  for (const f of model.figures) {
    if (f.option !== null || !f.texts) continue;
    for (const t of f.texts) {
      if (!texts.has(t.unit)) texts.set(t.unit, new Map());
      texts.get(t.unit)?.set(f.indicator, t.text);
    }
  }
  const rank = (code: string) => TYPE_ORDER.indexOf(model.units.get(code)?.type ?? 'mat_tran');
  const codes = [...texts.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  codes.forEach((code, i) => {
    const unit = model.units.get(code);
    body(ws, [
      i + 1,
      code,
      unit?.name ?? code,
      unit ? UNIT_TYPE_LABEL[unit.type] : '',
      ...lists.map((l) => texts.get(code)?.get(l.code) ?? null),
    ]);
  });
  if (codes.length === 0) section(ws, 'Không có đơn vị nào ghi ý kiến trong kỳ.');
  writeSignatures(ws, span);
  return ws;
}
