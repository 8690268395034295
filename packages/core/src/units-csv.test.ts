import { describe, expect, it } from 'vitest';
import { parseUnitsCsvRows } from './units-csv';

const HEADER = ['code', 'name', 'type', 'parent_code', 'groups', 'valid_from', 'valid_to'];

describe('parseUnitsCsvRows', () => {
  it('reads units, groups, open dates and external parents', () => {
    const result = parseUnitsCsvRows([
      HEADER,
      ['LD.DR', 'Huyện Đam Rông', 'huyen', 'LD', '', '', '2025-06-30'],
      ['LD.DR.X2', "Xã Đạ M'Rông".normalize('NFD'), 'xa', 'LD.DR', '', '', ''],
      ['LD.DR.DN1', ' Công ty A ', 'doanh_nghiep', 'LD.DR', 'so_huu:tu_nhan; nganh:nong_nghiep', '2020-01-01', ''],
      ['', '', '', '', '', '', ''],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.units).toEqual([
      { code: 'LD.DR', name: 'Huyện Đam Rông', type: 'huyen', parentCode: 'LD', groups: [], validFrom: null, validTo: '2025-06-30' },
      { code: 'LD.DR.X2', name: "Xã Đạ M'Rông", type: 'xa', parentCode: 'LD.DR', groups: [], validFrom: null, validTo: null },
      {
        code: 'LD.DR.DN1',
        name: 'Công ty A',
        type: 'doanh_nghiep',
        parentCode: 'LD.DR',
        groups: ['so_huu:tu_nhan', 'nganh:nong_nghiep'],
        validFrom: '2020-01-01',
        validTo: null,
      },
    ]);
    expect(result.externalParents).toEqual(['LD']);
  });

  it('accepts columns in any order, a BOM and upper-case headers', () => {
    const result = parseUnitsCsvRows([
      ['\uFEFFNAME', 'Code', 'type', 'valid_to', 'valid_from', 'groups', 'parent_code'],
      ['Tỉnh Lâm Đồng', 'LD', 'tinh', '', '', '', ''],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.units[0]).toMatchObject({ code: 'LD', name: 'Tỉnh Lâm Đồng', parentCode: null });
  });

  it('refuses a header without the required columns', () => {
    const result = parseUnitsCsvRows([
      ['code', 'name', 'type'],
      ['A', 'B', 'xa'],
    ]);
    expect(result.units).toEqual([]);
    expect(result.errors).toEqual([{ line: 1, message: expect.stringContaining('Thiếu cột parent_code, groups, valid_from, valid_to') }]);
  });

  it.each<[string[], string]>([
    [['', 'Xã A', 'xa', '', '', '', ''], 'thiếu mã đơn vị'],
    [['A', '', 'xa', '', '', '', ''], 'thiếu tên đơn vị'],
    [['A', 'Xã A', 'commune', '', '', '', ''], 'loại đơn vị "commune" không hợp lệ'],
    [['A', 'Xã A', 'xa', '', 'so_huu', '', ''], 'nhóm "so_huu" không đúng dạng'],
    [['A', 'Xã A', 'xa', '', 'so_huu:', '', ''], 'nhóm "so_huu:" không đúng dạng'],
    [['A', 'Xã A', 'xa', '', '', '01/07/2025', ''], 'ngày "01/07/2025" không hợp lệ'],
    [['A', 'Xã A', 'xa', '', '', '2025-02-30', ''], 'ngày "2025-02-30" không hợp lệ'],
    [['A', 'Xã A', 'xa', '', '', '2025-07-01', '2025-06-30'], 'ngày bắt đầu 2025-07-01 sau ngày kết thúc 2025-06-30'],
    [['A', 'Xã A', 'xa', 'A', '', '', ''], 'cấp trên của chính nó'],
  ])('%j → error on line 2: %s', (row, message) => {
    const result = parseUnitsCsvRows([HEADER, row]);
    expect(result.units).toEqual([]);
    expect(result.errors).toEqual([{ line: 2, message: expect.stringContaining(message) }]);
  });

  it('a code on two lines whose validity overlaps names both lines; other rows still parse', () => {
    const result = parseUnitsCsvRows([
      HEADER,
      ['A', 'Xã A', 'xa', '', '', '', ''],
      ['B', 'Xã B', 'xa', '', '', '', ''],
      ['A', 'Xã A lần hai', 'xa', '', '', '', ''],
    ]);
    expect(result.units.map((u) => u.code)).toEqual(['A', 'B']);
    expect(result.errors).toEqual([
      {
        line: 4,
        message:
          'mã đơn vị "A" có hai phiên bản trùng thời gian hiệu lực: dòng 2 ("Xã A", … – …) và dòng 4 ("Xã A lần hai", … – …); ' +
          'các phiên bản của một mã không được chồng lên nhau',
      },
    ]);
  });

  it('reads several versions of one code when their validity does not overlap (the real 24853)', () => {
    const result = parseUnitsCsvRows([
      HEADER,
      ['24853', 'Xã Đạ Tông', 'xa', '674', '', '', '2025-06-30'],
      ['24853', 'Xã Đam Rông 4', 'xa', '68', '', '2025-07-01', ''],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.units.map((u) => [u.name, u.parentCode, u.validFrom, u.validTo])).toEqual([
      ['Xã Đạ Tông', '674', null, '2025-06-30'],
      ['Xã Đam Rông 4', '68', '2025-07-01', null],
    ]);
    expect(result.lines).toEqual([2, 3]);
  });

  it('versions that share one day overlap', () => {
    const result = parseUnitsCsvRows([
      HEADER,
      ['68', 'Tỉnh Lâm Đồng', 'tinh', '', '', '', '2025-07-01'],
      ['68', 'Tỉnh Lâm Đồng', 'tinh', '', '', '2025-07-01', ''],
    ]);
    expect(result.units).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      line: 3,
      message: expect.stringContaining('dòng 2 ("Tỉnh Lâm Đồng", … – 2025-07-01) và dòng 3'),
    });
  });

  it('collects every problem of a row in one message', () => {
    const result = parseUnitsCsvRows([HEADER, ['', '', 'x', '', '', '', '']]);
    expect(result.errors[0]?.message.split('; ')).toHaveLength(3);
  });
});
