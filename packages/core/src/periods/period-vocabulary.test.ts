import { describe, expect, it } from 'vitest';
import { normalizeName } from '../names';
import type { PeriodKind } from '../types';
import { findPeriodPhrase, normalizeWithPlaces, parsePeriod } from './parse-period';
import { isPeriodCode, PERIOD_KINDS, periodBounds, periodFromCode } from './period-codes';
import { periodLabel, periodTitle } from './period-label';
import { comparePeriodCodes, comparePeriods } from './period-order';

/** One code of every kind, with its label, title and bounds: the one table of the label style. */
const EVERY_KIND: [PeriodKind, string, string, string, string, string][] = [
  ['month', '2023-03', 'tháng 3 năm 2023', 'Tháng 3 năm 2023', '2023-03-01', '2023-03-31'],
  ['month', '2024-02', 'tháng 2 năm 2024', 'Tháng 2 năm 2024', '2024-02-01', '2024-02-29'],
  ['month', '2023-12', 'tháng 12 năm 2023', 'Tháng 12 năm 2023', '2023-12-01', '2023-12-31'],
  ['quarter', '2023Q1', 'quý I năm 2023', 'Quý I năm 2023', '2023-01-01', '2023-03-31'],
  ['quarter', '2023Q4', 'quý IV năm 2023', 'Quý IV năm 2023', '2023-10-01', '2023-12-31'],
  ['half', '2022S1', '6 tháng đầu năm 2022', '6 tháng đầu năm 2022', '2022-01-01', '2022-06-30'],
  ['half', '2022S2', '6 tháng cuối năm 2022', '6 tháng cuối năm 2022', '2022-07-01', '2022-12-31'],
  ['nine_months', '2023N9', '9 tháng đầu năm 2023', '9 tháng đầu năm 2023', '2023-01-01', '2023-09-30'],
  ['year', '2021', 'năm 2021', 'Năm 2021', '2021-01-01', '2021-12-31'],
  ['multi_year', '2017/2022', 'giai đoạn 2017 - 2022', 'Giai đoạn 2017 - 2022', '2017-01-01', '2022-12-31'],
];

describe('the period vocabulary, over every kind', () => {
  it('covers every kind', () => {
    expect(new Set(EVERY_KIND.map(([kind]) => kind))).toEqual(new Set(PERIOD_KINDS));
  });

  it.each(EVERY_KIND)('%s %s: label, title, bounds, and parse ∘ label = the code', (kind, code, label, title, start, end) => {
    expect(periodFromCode(code)?.kind).toBe(kind);
    expect(periodLabel(code)).toBe(label);
    expect(periodTitle(code)).toBe(title);
    expect(periodBounds(code)).toEqual({ start, end });
    expect(parsePeriod(label)?.code).toBe(code);
    expect(parsePeriod(title)?.code).toBe(code);
    expect(parsePeriod(`BÁO CÁO kết quả thực hiện dân chủ ở cơ sở ${label}`)?.code).toBe(code);
    expect(findPeriodPhrase(`Báo cáo ${title} của xã`)).toBe(title);
    expect(isPeriodCode(code)).toBe(true);
  });

  it('bad codes have no bounds and are not codes', () => {
    for (const bad of ['2022S3', '2022Q0', '2022-13', '2022/2022', 'năm 2022', ''])
      expect([isPeriodCode(bad), periodBounds(bad)]).toEqual([false, null]);
  });
});

describe('the order of periods', () => {
  it('oldest start first; for the same start the longer first (a period before its parts)', () => {
    const codes = ['2022S2', '2022-01', '2022Q1', '2021', '2022', '2022N9', '2022S1', '2017/2022', '2022Q3', '2022-07'];
    expect([...codes].sort(comparePeriodCodes)).toEqual([
      '2017/2022',
      '2021',
      '2022',
      '2022N9',
      '2022S1',
      '2022Q1',
      '2022-01',
      '2022S2',
      '2022Q3',
      '2022-07',
    ]);
  });

  it('the same order over periods and over codes; equal only for the same period; bad codes last', () => {
    const codes = EVERY_KIND.map(([, code]) => code);
    for (const a of codes)
      for (const b of codes) {
        const pa = periodFromCode(a)!;
        const pb = periodFromCode(b)!;
        expect(Math.sign(comparePeriodCodes(a, b))).toBe(Math.sign(comparePeriods(pa, pb)));
        expect(comparePeriodCodes(a, b) === 0).toBe(a === b);
        expect(Math.sign(comparePeriodCodes(a, b)) + Math.sign(comparePeriodCodes(b, a))).toBe(0);
      }
    expect(['x', '2022', 'a'].sort(comparePeriodCodes)).toEqual(['2022', 'a', 'x']);
  });
});

describe('findPeriodPhrase', () => {
  it.each<[string, string | null]>([
    ['BÁO CÁO Kết quả thực hiện QCDC 6 tháng đầu năm 2022', '6 tháng đầu năm 2022'],
    ['TỔNG HỢP QUÝ I/2023', 'QUÝ I/2023'],
    ['Báo cáo quý 1 năm 2023 của xã', 'quý 1 năm 2023'],
    ['Số liệu tháng 3/2023', 'tháng 3/2023'],
    ['Sơ kết giai đoạn 2017 - 2022', 'giai đoạn 2017 - 2022'],
    ['Báo cáo năm 2021', 'năm 2021'],
    ['Kỳ báo cáo: 2022S1', '2022S1'],
    ['6 THÁNG ĐẦU NĂM 2022'.normalize('NFD'), '6 THÁNG ĐẦU NĂM 2022'],
    ['Lâm Đồng, ngày 05 tháng 7 năm 2022', null],
    ['Bảng số liệu', null],
  ])('%j → %j', (text, phrase) => {
    expect(findPeriodPhrase(text)).toBe(phrase);
    if (phrase) expect(parsePeriod(phrase)?.code).toBe(parsePeriod(text)?.code);
  });

  it('normalises exactly as normalizeName does', () => {
    for (const text of ["UBND xã Liêng S'Rônh", '  Quý  IV / 2023 ', 'Đoàn ĐBQH — 99,17%', 'ĐẠ TÔNG', 'a’b…c'])
      expect(normalizeWithPlaces(text).normalized).toBe(normalizeName(text));
  });
});
