import type { Unit, UnitType } from '@tonghop/core';

/** The figures package's test world (in-memory warehouse, submissions, a run), reused here. */
export { openWorld, run, submit, type Value } from '@tonghop/figures/testing';

/** A unit with a name of its own: the workbook shows names. */
export function unit(code: string, type: UnitType, parentCode: string | null, name = `Đơn vị ${code}`, extra: Partial<Unit> = {}): Unit {
  return { code, name, type, parentCode, groups: [], validFrom: null, validTo: null, ...extra };
}
