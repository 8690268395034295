import type { Period } from '../types';
import { periodFromCode } from './period-codes';

/**
 * The one order of periods: oldest start first; for the same start the longer period first, so a
 * period comes right before its parts (2022, 2022S1, 2022Q1, 2022-01, 2022-02, …, 2022Q2, …).
 * Lists read like an outline and the last item is the latest period that started.
 */
export function comparePeriods(a: Period, b: Period): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end === b.end) return 0;
  return a.end > b.end ? -1 : 1;
}

/** `comparePeriods` over codes; a bad code sorts after every good one, bad codes by text. */
export function comparePeriodCodes(a: string, b: string): number {
  const pa = periodFromCode(a);
  const pb = periodFromCode(b);
  if (pa && pb) return comparePeriods(pa, pb);
  if (pa || pb) return pa ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
