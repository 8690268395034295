import { describe, expect, it } from 'vitest';
import { previousPeriod, previousYear } from './period-shift';

describe('previousYear / previousPeriod (spec §6 comparisons)', () => {
  it.each([
    ['2026S1', '2025S1', '2025S2'],
    ['2026S2', '2025S2', '2026S1'],
    ['2026', '2025', '2025'],
    ['2026Q1', '2025Q1', '2025Q4'],
    ['2026Q3', '2025Q3', '2026Q2'],
    ['2026-01', '2025-01', '2025-12'],
    ['2026-07', '2025-07', '2026-06'],
    ['2026N9', '2025N9', '2025N9'],
    ['2017/2022', '2016/2021', '2011/2016'],
  ])('%s → %s (cùng kỳ), %s (kỳ trước)', (code, year, period) => {
    expect(previousYear(code).code).toBe(year);
    expect(previousPeriod(code).code).toBe(period);
  });
});
