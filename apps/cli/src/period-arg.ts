import { parsePeriod, type Period } from '@tonghop/core';
import { UsageError } from './errors';

/** `--period` as a code (2022S1) or Vietnamese words ("6 tháng đầu năm 2022"); a usage error otherwise. */
export function periodArg(text: string): Period {
  const period = parsePeriod(text);
  if (!period) throw new UsageError(`Kỳ báo cáo "${text}" không hợp lệ (ví dụ: 2022S1, 2022, 2023Q1, "6 tháng đầu năm 2022").`);
  return period;
}

/** A repeatable string option as citty gives it: absent, one value or several. */
export function manyArg(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return (Array.isArray(value) ? value : [value]).map(String).filter((v) => v !== '');
}
