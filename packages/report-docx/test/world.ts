import type { Unit, UnitType } from '@tonghop/core';

export { openWorld, run, submit } from '@tonghop/figures/testing';

export function unit(code: string, type: UnitType, parentCode: string | null, name: string, extra: Partial<Unit> = {}): Unit {
  return { code, name, type, parentCode, groups: [], validFrom: null, validTo: null, ...extra };
}

export const clock = () => new Date('2026-12-01T03:00:00Z');
