import type { Period, Unit } from '../types';
import { halfPeriod, monthPeriod, quarterPeriod, yearPeriod } from './period-codes';
import { requirePeriod } from './period-label';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The ways a period splits into consecutive shorter periods that cover it exactly:
 * year → [S1,S2], [Q1..Q4], [months]; half → [quarters], [months]; N9 → [Q1..Q3], [months];
 * quarter → [months]; multi-year → [years]; month → [] (nothing shorter).
 * Throws `BAD_PERIOD` on a bad code.
 */
export function subPeriods(code: string): Period[][] {
  const p = requirePeriod(code);
  const year = Number(p.start.slice(0, 4));
  const firstMonth = Number(p.start.slice(5, 7));
  const lastMonth = Number(p.end.slice(5, 7));
  const months = () => range(firstMonth, lastMonth).map((m) => monthPeriod(year, m));
  const quarters = () => range((firstMonth + 2) / 3, lastMonth / 3).map((q) => quarterPeriod(year, q));
  switch (p.kind) {
    case 'year':
      return [[halfPeriod(year, 1), halfPeriod(year, 2)], quarters(), months()];
    case 'half':
    case 'nine_months':
      return [quarters(), months()];
    case 'quarter':
      return [months()];
    case 'month':
      return [];
    case 'multi_year':
      return [range(year, Number(p.end.slice(0, 4))).map(yearPeriod)];
  }
}

/** True when the unit's validity (inclusive ISO dates, null = open) overlaps the period. */
export function isUnitActive(unit: Pick<Unit, 'validFrom' | 'validTo'>, period: Period): boolean {
  return (unit.validFrom === null || unit.validFrom <= period.end) && (unit.validTo === null || unit.validTo >= period.start);
}

/** True when `inner` lies within `outer` (both inclusive). */
export function periodContains(outer: Period, inner: Period): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
