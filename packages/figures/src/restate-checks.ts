import { COMPARISONS, type Comparison, groupVersions, inForceOn, validityLabel, type Unit } from '@tonghop/core';
import { FiguresError } from './errors';
import type { ReadDb } from './types';

function isIsoDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** `as_of` is an ISO date on which the unit has a version (spec §6: restate onto the units of that day). */
export async function assertAsOf(db: ReadDb, unit: string, asOf: string): Promise<void> {
  if (!isIsoDate(asOf)) throw new FiguresError('AS_OF_INVALID', `Ngày "${asOf}" không hợp lệ (cần dạng YYYY-MM-DD, ví dụ 2026-06-30).`);
  const rows = await db.query<{ name: string; valid_from: string | null; valid_to: string | null }>(
    `select name, valid_from::varchar as valid_from, valid_to::varchar as valid_to from main.units where code = $1`,
    [unit],
  );
  const versions = rows.map(
    (r): Unit => ({ code: unit, name: r.name, type: 'xa', parentCode: null, groups: [], validFrom: r.valid_from, validTo: r.valid_to }),
  );
  if (versions.some((v) => inForceOn(v, asOf))) return;
  const listed = (groupVersions(versions).get(unit) ?? []).map((v) => `"${v.name}" ${validityLabel(v)}`).join('; ');
  throw new FiguresError(
    'AS_OF_BEFORE_UNIT',
    `Đơn vị ${unit} không có phiên bản nào có hiệu lực vào ngày ${asOf} (các phiên bản: ${listed}); hãy chọn ngày --as-of trong thời gian hiệu lực của đơn vị.`,
  );
}

export function assertComparison(compare: string): Comparison {
  if (COMPARISONS.includes(compare as Comparison)) return compare as Comparison;
  throw new FiguresError(
    'COMPARE_INVALID',
    `Cách so sánh "${compare}" không hợp lệ (previous-year: cùng kỳ năm trước; previous-period: kỳ liền trước).`,
  );
}
