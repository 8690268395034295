import { buildHierarchy, isUnitActive, periodFromCode, type Unit, type UnitType } from '@tonghop/core';

export interface UnitIndex {
  all: Unit[];
  get(code: string): Unit | undefined;
  name(code: string): string;
  children(code: string, period: string | null): Unit[];
  /** Does `code` have (active) descendants of this type? */
  hasDescendantOfType(code: string, type: UnitType, period: string | null): boolean;
  /** Root first, down to the parent. */
  ancestors(code: string): Unit[];
  roots(): Unit[];
}

/** Active in the period (core's `isUnitActive`); with no period or a bad code, every unit is. */
export function isActive(unit: Unit, period: string | null): boolean {
  const p = period ? periodFromCode(period) : null;
  return p ? isUnitActive(unit, p) : true;
}

export function indexUnits(units: Unit[]): UnitIndex {
  const tree = buildHierarchy(units);
  const children = (code: string, period: string | null): Unit[] => tree.children(code).filter((u) => isActive(u, period));
  const hasDescendantOfType = (code: string, type: UnitType, period: string | null): boolean =>
    children(code, period).some((c) => c.type === type || hasDescendantOfType(c.code, type, period));
  return {
    all: units,
    get: (code) => tree.get(code),
    name: (code) => tree.get(code)?.name ?? code,
    children,
    hasDescendantOfType,
    ancestors: (code) => tree.ancestors(code).reverse(),
    roots: () => units.filter((u) => u.parentCode === null || !tree.get(u.parentCode)),
  };
}
