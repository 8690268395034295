import { optionsOfSet, periodTitle, type FormCode } from '@tonghop/core';
import ExcelJS from 'exceljs';
import { TEMPLATE_CODES, TemplateError } from './errors';
import type { TemplateUnit } from './form-template';
import { addMetadataSheet } from './metadata';
import { headerCell, inputCell, protectSheet, THIN } from './styles';
import { templateItems } from './template-rows';
import { valueValidation } from './validation';

export interface TableTemplateOptions {
  form: FormCode;
  /** The unit that collects the table (e.g. the district). */
  parent: TemplateUnit;
  /** Its child units that submit the form: one row each, in the order given. */
  units: readonly TemplateUnit[];
  period: string;
}

const FIRST_VALUE_COL = 4;

/**
 * Layout 2 (spec §3.2) for a parent unit: one row per child unit (STT, code, name), one column per
 * submitted indicator of the form under two header rows — the label above, the code below; a
 * disaggregated indicator's label is merged over "Tổng số" and one column per option.
 */
export async function generateTableTemplate({ form, parent, units, period }: TableTemplateOptions): Promise<Buffer> {
  if (units.length === 0)
    throw new TemplateError(
      TEMPLATE_CODES.NO_UNITS,
      `Đơn vị ${parent.name} (${parent.code}) không có đơn vị trực thuộc nào nộp biểu ${form}.`,
    );
  const items = templateItems(form);
  if (items.length === 0) throw new TemplateError(TEMPLATE_CODES.NOTHING_TO_FILL, `Biểu mẫu ${form} không có chỉ tiêu nào để nhập.`);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tonghop';
  const ws = wb.addWorksheet(`Tổng hợp ${form}`, {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const lastCol = FIRST_VALUE_COL + items.length;
  ws.getCell('A1').value = `BẢNG TỔNG HỢP KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ - ${parent.name.toUpperCase()}`;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = `Đơn vị tổng hợp: ${parent.name} (mã ${parent.code})`;
  ws.getCell('A3').value = `Kỳ báo cáo: ${periodTitle(period)}`;
  ws.getCell('A4').value = `Biểu mẫu: ${form}`;

  const top = 6;
  const sub = 7;
  ['STT', 'Mã đơn vị', 'Tên đơn vị'].forEach((title, i) => {
    ws.getCell(top, i + 1).value = title;
    ws.mergeCells(top, i + 1, sub, i + 1);
    headerCell(ws.getCell(top, i + 1));
  });
  items.forEach((item, i) => {
    const col = FIRST_VALUE_COL + i;
    const disaggregated = item.indicator.categorySet !== null && item.indicator.valueType !== 'category';
    if (!item.option) ws.getCell(top, col).value = item.indicator.label;
    ws.getCell(sub, col).value = item.option ? item.option.label : disaggregated ? 'Tổng số' : item.code;
    headerCell(ws.getCell(top, col));
    headerCell(ws.getCell(sub, col));
    ws.getColumn(col).width = 16;
    if (disaggregated && !item.option) {
      const width = 1 + optionsOfSet(item.indicator.categorySet ?? '').length;
      ws.mergeCells(top, col, top, col + width - 1);
    }
  });
  ws.getCell(top, lastCol).value = 'Ghi chú';
  ws.mergeCells(top, lastCol, sub, lastCol);
  headerCell(ws.getCell(top, lastCol));
  ws.getColumn(2).width = 12;
  ws.getColumn(3).width = 36;

  units.forEach((unit, r) => {
    const row = ws.getRow(sub + 1 + r);
    row.values = [r + 1, unit.code, unit.name];
    for (let col = 1; col < FIRST_VALUE_COL; col++) row.getCell(col).border = THIN;
    items.forEach((item, i) => inputCell(row.getCell(FIRST_VALUE_COL + i), valueValidation(item.indicator)));
    inputCell(row.getCell(lastCol), null);
  });
  ws.views = [{ state: 'frozen', xSplit: 3, ySplit: sub }];
  await protectSheet(ws);
  addMetadataSheet(wb, { layout: 'table', form, parent: parent.code, unit_name: parent.name, period });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
