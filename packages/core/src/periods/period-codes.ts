import type { Period, PeriodKind } from '../types';

/** Period codes: `2022`, `2022S1`, `2022Q3`, `2022-03`, `2022N9`, `2017/2022`. */

/** One code of each kind, for messages that say what a period code looks like. */
export const PERIOD_CODE_EXAMPLES = '2022, 2022S1, 2022Q3, 2022-03, 2022N9, 2017/2022';

/** Every kind of period, shortest first. */
export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'half', 'nine_months', 'year', 'multi_year'];

const MIN_YEAR = 1900;
const MAX_YEAR = 2999;

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Inclusive ISO dates from the first day of `fromMonth` to the last day of `toMonth`. */
function span(code: string, kind: PeriodKind, year: number, fromMonth: number, toMonth: number, toYear = year): Period {
  return {
    code,
    kind,
    start: `${year}-${pad(fromMonth)}-01`,
    end: `${toYear}-${pad(toMonth)}-${pad(lastDayOfMonth(toYear, toMonth))}`,
  };
}

const validYear = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;

export const yearPeriod = (y: number): Period => span(String(y), 'year', y, 1, 12);
export const halfPeriod = (y: number, h: 1 | 2): Period => span(`${y}S${h}`, 'half', y, h === 1 ? 1 : 7, h === 1 ? 6 : 12);
export const quarterPeriod = (y: number, q: number): Period => span(`${y}Q${q}`, 'quarter', y, q * 3 - 2, q * 3);
export const monthPeriod = (y: number, m: number): Period => span(`${y}-${pad(m)}`, 'month', y, m, m);
export const nineMonthsPeriod = (y: number): Period => span(`${y}N9`, 'nine_months', y, 1, 9);
export const multiYearPeriod = (from: number, to: number): Period => span(`${from}/${to}`, 'multi_year', from, 1, 12, to);

/** Build a period from numbers, or null when they are out of range. */
export function makePeriod(kind: PeriodKind, year: number, part = 0): Period | null {
  if (!validYear(year)) return null;
  switch (kind) {
    case 'year':
      return yearPeriod(year);
    case 'half':
      return part === 1 || part === 2 ? halfPeriod(year, part) : null;
    case 'quarter':
      return part >= 1 && part <= 4 ? quarterPeriod(year, part) : null;
    case 'month':
      return part >= 1 && part <= 12 ? monthPeriod(year, part) : null;
    case 'nine_months':
      return nineMonthsPeriod(year);
    case 'multi_year':
      return validYear(part) && part > year ? multiYearPeriod(year, part) : null;
  }
}

const CODE = /^(\d{4})(?:(S)([12])|(Q)([1-4])|-(\d{2})|(N9)|\/(\d{4}))?$/i;

/** A period from its code (case-insensitive: `2022s1` is `2022S1`), or null. */
export function periodFromCode(code: string): Period | null {
  const m = CODE.exec(code.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return makePeriod('half', year, Number(m[3]));
  if (m[4]) return makePeriod('quarter', year, Number(m[5]));
  if (m[6]) return makePeriod('month', year, Number(m[6]));
  if (m[7]) return makePeriod('nine_months', year);
  if (m[8]) return makePeriod('multi_year', year, Number(m[8]));
  return makePeriod('year', year);
}

/** True for a valid period code (exactly as `periodFromCode` reads it). */
export function isPeriodCode(text: string): boolean {
  return periodFromCode(text) !== null;
}

/**
 * The first and last day of a period, inclusive ISO dates, or null for a bad code. The one source
 * of period bounds: the pipelines' SQL (`period_bounds`) is compared with it for every kind.
 */
export function periodBounds(code: string): { start: string; end: string } | null {
  const period = periodFromCode(code);
  return period && { start: period.start, end: period.end };
}
