import type { DeadlineDays } from './types';

/**
 * Default reporting deadlines: days after the period's last day (see README). A submission is on
 * time when its first valid version arrived before the end of that day, Vietnam time (UTC+7).
 */
export const DEFAULT_DEADLINE_DAYS: DeadlineDays = {
  month: 5,
  quarter: 10,
  half: 15,
  nine_months: 15,
  year: 30,
  multi_year: 30,
};

/** The instant the deadline passes: 00:00 (UTC+7) of the day after `end` + `days`. */
export function deadlineInstant(end: string, days: number): Date {
  const [y, m, d] = end.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days + 1) - 7 * 3_600_000);
}
