import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatShare } from '../src/lib/format';
import { comparePeriods, periodBounds, periodLabel } from '../src/lib/periods';

describe('Vietnamese number formats', () => {
  it('writes thousands with dots and decimals with a comma', () => {
    expect(formatNumber(7554)).toBe('7.554');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(null)).toBe('—');
  });

  it('writes fractions as percentages with up to two decimals and no space', () => {
    expect(formatPercent(0.9917)).toBe('99,17%');
    expect(formatPercent(0.0083)).toBe('0,83%');
    expect(formatPercent(1)).toBe('100%');
  });

  it('writes shares with their noun', () => {
    expect(formatShare(8, 8, 'xã')).toBe('8/8 xã');
    expect(formatShare(19, 19, 'cơ quan')).toBe('19/19 cơ quan');
  });
});

describe('periods in words', () => {
  it.each([
    ['2022S1', '6 tháng đầu năm 2022'],
    ['2022S2', '6 tháng cuối năm 2022'],
    ['2021', 'Năm 2021'],
    ['2023Q1', 'Quý I/2023'],
    ['2023-03', 'Tháng 3/2023'],
    ['2023N9', '9 tháng đầu năm 2023'],
    ['2017/2022', 'Giai đoạn 2017 - 2022'],
  ])('%s is "%s"', (code, words) => expect(periodLabel(code)).toBe(words));

  it('orders periods by start, the shorter first', () => {
    expect(['2022', '2021', '2022S2', '2022S1', '2022Q1'].sort(comparePeriods)).toEqual(['2021', '2022Q1', '2022S1', '2022', '2022S2']);
  });

  it('knows the first and last day of a period', () => {
    expect(periodBounds('2022S1')).toEqual(['2022-01-01', '2022-06-30']);
    expect(periodBounds('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(periodBounds('2017/2022')).toEqual(['2017-01-01', '2022-12-31']);
  });
});
