import { describe, expect, it } from 'vitest';
import type { Unit } from '../types';
import { periodFromCode } from './period-codes';
import { periodLabel } from './period-label';
import { comparePeriods } from './period-order';
import { isUnitActive, periodContains, subPeriods } from './sub-periods';

const codes = (code: string) => subPeriods(code).map((d) => d.map((p) => p.code));
const months = (year: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);
const p = (code: string) => {
  const period = periodFromCode(code);
  if (!period) throw new Error(code);
  return period;
};

describe('periodLabel', () => {
  it.each<[string, string]>([
    ['2022', 'năm 2022'],
    ['2022S1', '6 tháng đầu năm 2022'],
    ['2022S2', '6 tháng cuối năm 2022'],
    ['2023Q1', 'quý I năm 2023'],
    ['2023Q4', 'quý IV năm 2023'],
    ['2023-03', 'tháng 3 năm 2023'],
    ['2023N9', '9 tháng đầu năm 2023'],
    ['2017/2022', 'giai đoạn 2017 - 2022'],
  ])('%s → %s', (code, label) => {
    expect(periodLabel(code)).toBe(label);
  });

  it('throws BAD_PERIOD on a bad code', () => {
    expect(() => periodLabel('2022S3')).toThrow(expect.objectContaining({ code: 'BAD_PERIOD' }));
  });
});

describe('subPeriods', () => {
  it('year → halves, quarters, months', () => {
    expect(codes('2022')).toEqual([['2022S1', '2022S2'], ['2022Q1', '2022Q2', '2022Q3', '2022Q4'], months(2022, 1, 12)]);
  });
  it('half → quarters, months', () => {
    expect(codes('2022S1')).toEqual([['2022Q1', '2022Q2'], months(2022, 1, 6)]);
    expect(codes('2022S2')).toEqual([['2022Q3', '2022Q4'], months(2022, 7, 12)]);
  });
  it('nine months → Q1..Q3, months', () => {
    expect(codes('2023N9')).toEqual([['2023Q1', '2023Q2', '2023Q3'], months(2023, 1, 9)]);
  });
  it('quarter → months; month → nothing', () => {
    expect(codes('2023Q2')).toEqual([months(2023, 4, 6)]);
    expect(codes('2023-05')).toEqual([]);
  });
  it('multi-year → years', () => {
    expect(codes('2017/2022')).toEqual([['2017', '2018', '2019', '2020', '2021', '2022']]);
  });
  it('every decomposition covers the period exactly, without gaps', () => {
    for (const code of ['2022', '2022S1', '2022S2', '2022N9', '2022Q3', '2017/2022']) {
      const whole = p(code);
      for (const parts of subPeriods(code)) {
        expect(parts[0]?.start).toBe(whole.start);
        expect(parts.at(-1)?.end).toBe(whole.end);
        for (const part of parts) expect(periodContains(whole, part)).toBe(true);
      }
    }
  });
});

describe('isUnitActive, periodContains, comparePeriods', () => {
  const unit = (validFrom: string | null, validTo: string | null): Unit => ({
    code: 'X',
    name: 'X',
    type: 'huyen',
    parentCode: null,
    groups: [],
    validFrom,
    validTo,
  });
  it('validity overlapping the period', () => {
    expect(isUnitActive(unit(null, null), p('2022S1'))).toBe(true);
    expect(isUnitActive(unit(null, '2025-06-30'), p('2025'))).toBe(true);
    expect(isUnitActive(unit(null, '2025-06-30'), p('2025S2'))).toBe(false);
    expect(isUnitActive(unit('2025-07-01', null), p('2025S1'))).toBe(false);
    expect(isUnitActive(unit('2025-07-01', null), p('2025Q3'))).toBe(true);
    expect(isUnitActive(unit('2022-06-30', '2022-06-30'), p('2022S1'))).toBe(true);
  });
  it('periodContains and comparePeriods', () => {
    expect(periodContains(p('2022'), p('2022-03'))).toBe(true);
    expect(periodContains(p('2022S1'), p('2022Q3'))).toBe(false);
    const sorted = ['2022Q2', '2022-01', '2022', '2021']
      .map(p)
      .sort(comparePeriods)
      .map((x) => x.code);
    expect(sorted).toEqual(['2021', '2022', '2022-01', '2022Q2']);
  });
});
