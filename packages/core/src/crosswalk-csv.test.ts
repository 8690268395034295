import { describe, expect, it } from 'vitest';
import { checkCrosswalkLinks, dayBefore, parseCrosswalkRows } from './crosswalk-csv';
import type { Unit } from './types';

const HEADER = ['level', 'old_code', 'old_name', 'new_code', 'new_name', 'link'];
const v = (code: string, name: string, type: Unit['type'], validFrom: string | null, validTo: string | null): Unit => ({
  code,
  name,
  type,
  parentCode: null,
  groups: [],
  validFrom,
  validTo,
});
const UNITS: Unit[] = [
  v('68', 'Tỉnh Lâm Đồng', 'tinh', null, '2025-06-30'),
  v('68', 'Tỉnh Lâm Đồng', 'tinh', '2025-07-01', null),
  v('67', 'Tỉnh Đắk Nông', 'tinh', null, '2025-06-30'),
  v('24853', 'Xã Đạ Tông', 'xa', null, '2025-06-30'),
  v('24853', 'Xã Đam Rông 4', 'xa', '2025-07-01', null),
  v('24856', 'Xã Đạ Long', 'xa', null, '2025-06-30'),
  v('24850', 'Xã Đưng KNớ', 'xa', null, '2025-06-30'),
  v('25000', 'Xã mở', 'xa', null, null),
];

describe('parseCrosswalkRows', () => {
  it('reads the links of the real format', () => {
    const { links, errors } = parseCrosswalkRows([
      HEADER,
      ['tinh', '67', 'Tỉnh Đắk Nông', '68', 'Tỉnh Lâm Đồng', 'full'],
      ['xa', '24856', 'Xã Đạ Long', '24853', 'Xã Đam Rông 4', 'full'],
      ['', '', '', '', '', ''],
    ]);
    expect(errors).toEqual([]);
    expect(links).toEqual([
      { level: 'tinh', oldCode: '67', newCode: '68', link: 'full', line: 2 },
      { level: 'xa', oldCode: '24856', newCode: '24853', link: 'full', line: 3 },
    ]);
  });

  it.each<[string[], string]>([
    [['quan', '1', '', '2', '', 'full'], 'cấp "quan" không hợp lệ'],
    [['xa', '', '', '2', '', 'full'], 'thiếu mã đơn vị cũ'],
    [['xa', '1', '', '', '', 'full'], 'thiếu mã đơn vị mới'],
    [['xa', '1', '', '2', '', 'mot_phan'], 'loại liên kết "mot_phan" không hợp lệ (cần full hoặc partial)'],
  ])('%j → error on line 2: %s', (row, message) => {
    const { links, errors } = parseCrosswalkRows([HEADER, row]);
    expect(links).toEqual([]);
    expect(errors).toEqual([{ line: 2, message: expect.stringContaining(message) }]);
  });

  it('the same link twice names the first line', () => {
    const row = ['xa', '24856', 'Xã Đạ Long', '24853', 'Xã Đam Rông 4', 'full'];
    expect(parseCrosswalkRows([HEADER, row, row]).errors).toEqual([{ line: 3, message: 'liên kết 24856 → 24853 trùng với dòng 2' }]);
  });

  it('a file in another format (a units file) is refused on its header line', () => {
    const { errors } = parseCrosswalkRows([['code', 'name', 'type', 'parent_code', 'groups', 'valid_from', 'valid_to']]);
    expect(errors).toEqual([
      { line: 1, message: expect.stringContaining('không phải tệp bảng chuyển đổi đơn vị: thiếu cột level, old_code') },
    ]);
  });
});

describe('checkCrosswalkLinks', () => {
  const check = (row: string[]) => {
    const { links } = parseCrosswalkRows([HEADER, row]);
    return checkCrosswalkLinks(links, UNITS, '2025-07-01');
  };

  it('accepts links between a version ending the day before and one starting on the date', () => {
    expect(check(['xa', '24850', 'Xã Đưng KNớ', '24853', 'Xã Đam Rông 4', 'full'])).toEqual([]);
    expect(check(['tinh', '67', 'Tỉnh Đắk Nông', '68', 'Tỉnh Lâm Đồng', 'full'])).toEqual([]);
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });

  it.each<[string, string[], string]>([
    ['an unknown old code', ['xa', '99999', '', '24853', '', 'full'], 'mã đơn vị cũ "99999" không có trong danh mục đơn vị'],
    ['an unknown new code', ['xa', '24856', '', '99999', '', 'full'], 'mã đơn vị mới "99999" không có trong danh mục đơn vị'],
    [
      'an old unit that does not end the day before',
      ['xa', '25000', '', '24853', '', 'full'],
      'đơn vị cũ "25000" không có phiên bản nào kết thúc ngày 2025-06-30 (các phiên bản: "Xã mở" … – …)',
    ],
    [
      'a new unit that does not start on the date',
      ['xa', '24856', '', '24850', '', 'partial'],
      'đơn vị mới "24850" không có phiên bản nào bắt đầu ngày 2025-07-01 (các phiên bản: "Xã Đưng KNớ" … – 2025-06-30)',
    ],
    [
      'a commune linked to a province',
      ['xa', '24856', 'Xã Đạ Long', '68', 'Tỉnh Lâm Đồng', 'full'],
      'đơn vị mới "68" (Tỉnh Lâm Đồng) thuộc cấp tinh, không phải cấp xa của dòng này',
    ],
  ])('%s', (_name, row, message) => {
    expect(check(row)).toEqual([{ line: 2, message }]);
  });
});

describe('checkCrosswalkLinks: island districts', () => {
  it('a district without communes may be the old side of a commune-level link (Huyện Côn Đảo → Đặc khu Côn Đảo)', () => {
    const units: Unit[] = [v('755', 'Huyện Côn Đảo', 'huyen', null, '2025-06-30'), v('26732', 'Đặc khu Côn Đảo', 'xa', '2025-07-01', null)];
    const { links } = parseCrosswalkRows([HEADER, ['xa', '755', 'Huyện Côn Đảo', '26732', 'Đặc khu Côn Đảo', 'full']]);
    expect(checkCrosswalkLinks(links, units, '2025-07-01')).toEqual([]);
    const { links: wrong } = parseCrosswalkRows([HEADER, ['xa', '26732', '', '755', '', 'full']]);
    expect(
      checkCrosswalkLinks(wrong, [v('26732', 'X', 'xa', null, '2025-06-30'), v('755', 'H', 'huyen', '2025-07-01', null)], '2025-07-01'),
    ).toEqual([{ line: 2, message: 'đơn vị mới "755" (H) thuộc cấp huyen, không phải cấp xa của dòng này' }]);
  });
});
