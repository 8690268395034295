import { describe, expect, it } from 'vitest';
import { readAll } from '@tonghop/ingest-contract/testing';
import { excelTable } from '../src/index';
import { workbookFile } from './build';

describe('excel-table', () => {
  it('skips rows without values and sheets without a unit table, and checks a sub-total and a grand total', async () => {
    const file = await workbookFile({
      'Ghi chú': [['Bảng này dùng để tổng hợp']],
      Bảng: [
        ['Mã đơn vị', 'Tên đơn vị', 'TCD_LUOT', 'TCD_NGUOI'],
        ['24931', 'Xã Rô Men', 1, 2],
        ['24934', "Xã Liêng S'rônh", null, null],
        ['24937', 'Xã Đạ Rsal', 3, 4],
        [null, 'Cộng', 4, 6],
        ['24940', "Xã Đạ M'Rông", 5, 5],
        [null, 'Tổng cộng', 9, 12],
      ],
    });
    const drafts = await readAll(excelTable(), file);
    expect(drafts.map((d) => d.unit?.text)).toEqual(['24931', '24937', '24940']);
    expect(drafts.map((d) => d.warnings.map((w) => [w.code, w.source.cell]))).toEqual([[], [], [['EXCEL_TOTAL_MISMATCH', 'D7']]]);
    expect(drafts[2]!.warnings[0]!.message).toContain('được 5 (từ dòng tổng trước) hoặc 11 (từ đầu bảng)');
  });

  it('reports a formula without a cached result in a unit row, with its cell', async () => {
    const file = await workbookFile({
      S: [
        ['Mã đơn vị', 'TCD_LUOT', 'TCD_NGUOI'],
        ['24931', { formula: 'C2-1' } as never, 3],
      ],
    });
    const [d] = await readAll(excelTable(), file);
    expect(d!.errors.map((e) => [e.code, e.source.cell])).toEqual([['EXCEL_FORMULA_NO_RESULT', 'B2']]);
    expect(d!.facts.map((f) => f.indicator)).toEqual(['TCD_NGUOI']);
  });

  it('refuses a workbook without a unit table', async () => {
    const drafts = await readAll(excelTable(), await workbookFile({ S: [['Họ và tên'], ['Nguyễn Văn A']] }));
    expect(drafts.map((d) => d.errors.map((e) => e.code))).toEqual([['EXCEL_NO_UNIT_TABLE']]);
  });
});
