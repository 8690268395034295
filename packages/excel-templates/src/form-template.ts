import { periodLabel, periodTitle, type FormCode } from '@tonghop/core';
import ExcelJS from 'exceljs';
import { TEMPLATE_CODES, TemplateError } from './errors';
import { addMetadataSheet } from './metadata';
import { headerCell, inputCell, protectSheet, THIN } from './styles';
import { templateItems } from './template-rows';
import { valueValidation } from './validation';

export interface TemplateUnit {
  code: string;
  name: string;
}

export interface FormTemplateOptions {
  form: FormCode;
  unit: TemplateUnit;
  /** A period code (`2022S1`); written in words in the sheet. */
  period: string;
}

const COLUMNS = ['STT', 'Mã chỉ tiêu', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu', 'Ghi chú'];
const WIDTHS = [6, 24, 60, 12, 16, 30];
const VALUE_COL = 5;
const NOTE_COL = 6;

/**
 * Layout 1 (spec §3.1) for one unit, period and form: title, header block (unit code and name,
 * period in words, form), then one row per submitted indicator of the form and one per option of a
 * disaggregated one. Only the value and note cells are unlocked; a hidden `_tonghop` sheet
 * records form, unit and period. Returns the .xlsx bytes.
 */
export async function generateFormTemplate({ form, unit, period }: FormTemplateOptions): Promise<Buffer> {
  const items = templateItems(form);
  if (items.length === 0) throw new TemplateError(TEMPLATE_CODES.NOTHING_TO_FILL, `Biểu mẫu ${form} không có chỉ tiêu nào để nhập.`);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tonghop';
  const ws = wb.addWorksheet(`Biểu ${form}`, { pageSetup: { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = WIDTHS.map((width) => ({ width }));

  ws.getCell('A1').value = 'BÁO CÁO KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ';
  ws.getCell('A2').value = periodLabel(period).toUpperCase();
  for (const ref of ['A1:F1', 'A2:F2']) ws.mergeCells(ref);
  for (const ref of ['A1', 'A2']) {
    ws.getCell(ref).font = { bold: true, size: 13 };
    ws.getCell(ref).alignment = { horizontal: 'center' };
  }
  const block: [string, string][] = [
    ['Mã đơn vị', unit.code],
    ['Tên đơn vị', unit.name],
    ['Kỳ báo cáo', periodTitle(period)],
    ['Biểu mẫu', form],
  ];
  block.forEach(([label, value], i) => {
    const row = 4 + i;
    ws.getCell(row, 1).value = label;
    ws.getCell(row, 3).value = value;
    ws.mergeCells(row, 1, row, 2);
    ws.getCell(row, 1).font = { bold: true };
  });

  const headerRow = 9;
  COLUMNS.forEach((title, i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.value = title;
    headerCell(cell);
  });
  let stt = 0;
  items.forEach((item, i) => {
    const row = ws.getRow(headerRow + 1 + i);
    row.values = [item.option ? null : ++stt, item.code, item.label, item.indicator.unitLabel || null];
    for (let col = 1; col <= 4; col++) row.getCell(col).border = THIN;
    if (!item.option) row.getCell(3).font = { bold: item.indicator.categorySet !== null && item.indicator.valueType !== 'category' };
    row.getCell(3).alignment = { wrapText: true, indent: item.option ? 2 : 0 };
    inputCell(row.getCell(VALUE_COL), valueValidation(item.indicator));
    inputCell(row.getCell(NOTE_COL), null);
  });
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  await protectSheet(ws);
  addMetadataSheet(wb, { layout: 'form', form, unit: unit.code, unit_name: unit.name, period });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
