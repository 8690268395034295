import type ExcelJS from 'exceljs';
import { addSheet, repeatRows, spanOf, writeHeading, writeSignatures } from '../cells';
import { documentHeading } from '../heading';
import { body, header, section } from '../table';
import type { SummaryModel } from '../types';
import { FORM_TITLE, SHEET_MISSING, UNIT_TYPE_LABEL } from '../words';

const TITLES = ['STT', 'Biểu mẫu', 'Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Đơn vị cấp trên', 'Ghi chú'];
const WIDTHS = [6, 10, 14, 36, 24, 32, 44];

/** Sheet "Chưa báo cáo": per form, the expected units with no valid report for the period. */
export function writeMissing(wb: ExcelJS.Workbook, model: SummaryModel): ExcelJS.Worksheet {
  const ws = addSheet(wb, SHEET_MISSING, { fitToWidth: true });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const span = spanOf(WIDTHS);
  writeHeading(ws, documentHeading(model, 'Danh sách đơn vị chưa báo cáo'), span);
  repeatRows(ws, header(ws, TITLES));
  let n = 0;
  for (const s of model.forms) {
    const missing = s.rows.filter((r) => r.status === 'missing');
    section(ws, `${FORM_TITLE[s.form]}: ${missing.length}/${s.rows.length} đơn vị chưa báo cáo`);
    for (const r of missing) {
      n += 1;
      const parent = r.unit.parentCode === null ? '' : (model.units.get(r.unit.parentCode)?.name ?? r.unit.parentCode);
      const note = r.rejectedOnly ? 'Đã nộp nhưng báo cáo bị từ chối (không hợp lệ)' : '';
      body(ws, [n, s.form, r.unit.code, r.unit.name, UNIT_TYPE_LABEL[r.unit.type], parent, note]);
    }
  }
  if (n === 0) section(ws, 'Tất cả đơn vị đã báo cáo.');
  writeSignatures(ws, span);
  return ws;
}
