import { describe, expect, it } from 'vitest';
import { readAll } from '@tonghop/ingest-contract/testing';
import { excelForm } from '../src/index';
import { workbookFile } from './build';

const facts = (d: { facts: { indicator: string; option: string | null; raw: unknown; source: { cell?: string } }[] }) =>
  d.facts.map((f) => [f.indicator, f.option, f.raw, f.source.cell]);

describe('excel-form', () => {
  it('takes the next non-empty cell right of a label, and a title period only without a labelled one', async () => {
    const file = await workbookFile({
      S: [
        ['Báo cáo năm 2021'],
        ['Mã đơn vị', null, null, '24931'],
        ['Kỳ báo cáo', null, 'quý 2 năm 2023'],
        ['Mã số', 'Nội dung', 'Số liệu'],
        ['TCD_LUOT', 'Số lượt tiếp công dân', 1],
      ],
    });
    const [d] = await readAll(excelForm(), file);
    expect([d!.unit, d!.period].map((l) => [l?.text, l?.source.cell])).toEqual([
      ['24931', 'D2'],
      ['quý 2 năm 2023', 'C3'],
    ]);
  });

  it('reads option rows without a bullet when they are options of the indicator above, and stops at a section title', async () => {
    const file = await workbookFile({
      MT: [
        ['Chỉ tiêu', 'Giá trị'],
        ['Số cuộc góp ý xây dựng Đảng, xây dựng chính quyền', 3],
        ['Hội Nông dân', 1],
        ['Đoàn Thanh niên', 2],
        ['II. Kiến nghị'],
        ['- Hội Nông dân', 5],
      ],
    });
    const [d] = await readAll(excelForm(), file);
    expect(facts(d!)).toEqual([
      ['Số cuộc góp ý xây dựng Đảng, xây dựng chính quyền', null, 3, 'B2'],
      ['Số cuộc góp ý xây dựng Đảng, xây dựng chính quyền', 'Hội Nông dân', 1, 'B3'],
      ['Số cuộc góp ý xây dựng Đảng, xây dựng chính quyền', 'Đoàn Thanh niên', 2, 'B4'],
      ['- Hội Nông dân', null, 5, 'B6'],
    ]);
  });

  it('fills unit, period and form from the metadata sheet when the block lacks them', async () => {
    const file = await workbookFile(
      {
        Biểu: [
          ['Mã chỉ tiêu', 'Số liệu'],
          ['TCD_LUOT', 4],
        ],
        _tonghop: [
          ['layout', 'form'],
          ['form', 'XA'],
          ['unit', '24934'],
          ['period', '2022S1'],
        ],
      },
      (wb) => (wb.getWorksheet('_tonghop')!.state = 'veryHidden'),
    );
    const drafts = await readAll(excelForm(), file);
    expect(drafts).toHaveLength(1);
    expect([drafts[0]!.unit?.text, drafts[0]!.period?.text, drafts[0]!.form?.text, drafts[0]!.unit?.source.sheet]).toEqual([
      '24934',
      '2022S1',
      'XA',
      '_tonghop',
    ]);
  });

  it('refuses a workbook without any form table, naming its sheets', async () => {
    const file = await workbookFile({
      'Danh sách': [
        ['Họ và tên', 'Chức vụ'],
        ['Nguyễn Văn A', 'Chủ tịch'],
      ],
    });
    const drafts = await readAll(excelForm(), file);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.errors.map((e) => e.code)).toEqual(['EXCEL_NO_FORM_TABLE']);
    expect(drafts[0]!.errors[0]!.message).toContain('"Danh sách"');
  });

  it('gives the master cell of a merged value and ignores a header repeated by a vertical merge', async () => {
    const file = await workbookFile(
      {
        S: [
          ['Mã chỉ tiêu', 'Số liệu', null],
          [null, null, null],
          ['TCD_LUOT', 7, null],
        ],
      },
      (wb) => {
        const ws = wb.getWorksheet('S')!;
        ws.mergeCells('A1:A2');
        ws.mergeCells('B1:B2');
        ws.mergeCells('B3:C3');
      },
    );
    const [d] = await readAll(excelForm(), file);
    expect(facts(d!)).toEqual([['TCD_LUOT', null, 7, 'B3']]);
  });
});

describe('excel-form, unit from the issuing body', () => {
  it('takes "UBND XÃ ..." written top-left when no label names the unit, but never over a label', async () => {
    const rows = [
      ['UBND XÃ ĐẠ TÔNG', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['Kỳ báo cáo: năm 2022'],
      ['Mã chỉ tiêu', 'Số liệu'],
      ['TCD_LUOT', 2],
    ];
    const [alone] = await readAll(excelForm(), await workbookFile({ S: rows }));
    expect([alone!.unit?.text, alone!.unit?.source.cell]).toEqual(['UBND XÃ ĐẠ TÔNG', 'A1']);
    const [labelled] = await readAll(excelForm(), await workbookFile({ S: [...rows.slice(0, 2), ['Mã đơn vị: 24943'], ...rows.slice(2)] }));
    expect(labelled!.unit?.text).toBe('24943');
  });
});
