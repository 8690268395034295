/** Workbooks for the Excel benchmarks, written into a temp folder. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { generateFormTemplate } from '../../packages/excel-templates/src/index';

const COMMUNES = ['24931', '24934', '24937', '24940', '24943', '24946', '24949', '24952'];

/**
 * `count` filled layout 1 workbooks for form XA (the generated template: ~30 rows, merges,
 * validation). With `distinct`, each file has other values and one of the 8 demo communes, so that
 * every file is a new submission (end to end); otherwise they are byte copies.
 */
export async function smallFormWorkbooks(dir: string, count: number, distinct = false): Promise<string[]> {
  if (distinct) return distinctForms(dir, count);
  mkdirSync(dir, { recursive: true });
  const template = await generateFormTemplate({ form: 'XA', unit: { code: '24931', name: 'Xã Rô Men' }, period: '2022S1' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  ws.eachRow((row, n) => {
    if (n > 9 && typeof row.getCell(2).value === 'string') row.getCell(5).value = n;
  });
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `form-${String(i).padStart(4, '0')}.xlsx`);
    await import('node:fs').then((fs) => fs.writeFileSync(path, bytes));
    paths.push(path);
  }
  return paths;
}

async function distinctForms(dir: string, count: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  const templates = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const unit = COMMUNES[i % COMMUNES.length]!;
    const template =
      templates.get(unit) ?? (await generateFormTemplate({ form: 'XA', unit: { code: unit, name: unit }, period: '2022S1' }));
    templates.set(unit, template);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    ws.eachRow((row, n) => {
      const code = row.getCell(2).value;
      if (n > 9 && typeof code === 'string' && /^(TCD_|XA_DOI|XA_KHIEU|CQ_)/.test(code)) row.getCell(5).value = n + i;
    });
    const path = join(dir, `form-${String(i).padStart(4, '0')}.xlsx`);
    await wb.xlsx.writeFile(path);
    paths.push(path);
  }
  return paths;
}

export const TABLE_INDICATORS = [
  'TCD_LUOT',
  'TCD_NGUOI',
  'DON_KHIEU_NAI',
  'DON_TO_CAO',
  'DON_KIEN_NGHI',
  'DON_TONG',
  'DON_DA_GQ',
  'DON_DANG_GQ',
];

/** A layout 2 workbook with `rows` unit rows (code, name + 8 indicator columns = 10 columns), streamed to disk. */
export async function bigTableWorkbook(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('Tổng hợp');
  ws.addRow(['Kỳ báo cáo: 6 tháng đầu năm 2022']).commit();
  ws.addRow(['Biểu mẫu: XA']).commit();
  ws.addRow(['Mã đơn vị', 'Tên đơn vị', ...TABLE_INDICATORS]).commit();
  for (let i = 0; i < rows; i++) {
    ws.addRow([`X${100000 + i}`, `Xã số ${i}`, ...TABLE_INDICATORS.map((_, k) => (i * 7 + k) % 97)]).commit();
  }
  ws.commit();
  await wb.commit();
}
