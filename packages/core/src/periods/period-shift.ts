import type { Period } from '../types';
import { halfPeriod, monthPeriod, multiYearPeriod, nineMonthsPeriod, quarterPeriod, yearPeriod } from './period-codes';
import { requirePeriod } from './period-label';

/** The comparisons of spec §6: the same period a year earlier ("cùng kỳ"), or the period just before. */
export type Comparison = 'previous-year' | 'previous-period';
export const COMPARISONS: readonly Comparison[] = ['previous-year', 'previous-period'];

/** The same period one year earlier: 2026S1 → 2025S1, 2025N9 → 2024N9, 2017/2022 → 2016/2021. */
export function previousYear(code: string): Period {
  const p = requirePeriod(code);
  const y = Number(p.start.slice(0, 4)) - 1;
  const month = Number(p.start.slice(5, 7));
  switch (p.kind) {
    case 'year':
      return yearPeriod(y);
    case 'half':
      return halfPeriod(y, month === 1 ? 1 : 2);
    case 'quarter':
      return quarterPeriod(y, (month + 2) / 3);
    case 'month':
      return monthPeriod(y, month);
    case 'nine_months':
      return nineMonthsPeriod(y);
    case 'multi_year':
      return multiYearPeriod(y, Number(p.end.slice(0, 4)) - 1);
  }
}

/** The period of the same kind just before: 2026S1 → 2025S2, 2026Q1 → 2025Q4, 2026-01 → 2025-12; a year or N9 → the year before. */
export function previousPeriod(code: string): Period {
  const p = requirePeriod(code);
  const y = Number(p.start.slice(0, 4));
  const month = Number(p.start.slice(5, 7));
  switch (p.kind) {
    case 'half':
      return month === 1 ? halfPeriod(y - 1, 2) : halfPeriod(y, 1);
    case 'quarter':
      return month === 1 ? quarterPeriod(y - 1, 4) : quarterPeriod(y, (month - 1) / 3);
    case 'month':
      return month === 1 ? monthPeriod(y - 1, 12) : monthPeriod(y, month - 1);
    case 'multi_year': {
      const length = Number(p.end.slice(0, 4)) - y + 1;
      return multiYearPeriod(y - length, y - 1);
    }
    default:
      return previousYear(code);
  }
}

export function comparedPeriod(code: string, comparison: Comparison): Period {
  return comparison === 'previous-year' ? previousYear(code) : previousPeriod(code);
}
