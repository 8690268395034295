import { buildHierarchy, isUnitActive, periodFromCode, type Period, type Unit, type UnitType } from '@tonghop/core';

export interface UnitIndex {
  /** Every version of every unit (spec §2: a code may have several). */
  all: Unit[];
  /** The period the index names units in (null: the latest version of each). */
  period: string | null;
  /** The same units, named as in `period`. */
  at(period: string | null): UnitIndex;
  /** The version of `code` in force in the index's period (else its latest version). */
  get(code: string): Unit | undefined;
  /** Its name then: `24853` is "Xã Đạ Tông" in 2022 and "Xã Đam Rông 4" in 2026. */
  name(code: string): string;
  children(code: string, period: string | null): Unit[];
  /** Does `code` have (active) descendants of this type? */
  hasDescendantOfType(code: string, type: UnitType, period: string | null): boolean;
  /** Root first, down to the parent (versions in force in the index's period). */
  ancestors(code: string): Unit[];
  roots(): Unit[];
}

const periodOf = (code: string | null): Period | undefined => (code ? (periodFromCode(code) ?? undefined) : undefined);

/** Active in the period (core's `isUnitActive`); with no period or a bad code, every unit is. */
export function isActive(unit: Unit, period: string | null): boolean {
  const p = periodOf(period);
  return p ? isUnitActive(unit, p) : true;
}

/** The page's view of core's unit tree (versions included), bound to one period for naming. */
export function indexUnits(units: Unit[], period: string | null = null): UnitIndex {
  const tree = buildHierarchy(units);
  const bound = new Map<string | null, UnitIndex>();
  const make = (when: string | null): UnitIndex => {
    const at = periodOf(when);
    const get = (code: string): Unit | undefined => tree.get(code, at) ?? tree.get(code);
    const children = (code: string, p: string | null): Unit[] => tree.children(code, periodOf(p));
    const hasDescendantOfType = (code: string, type: UnitType, p: string | null): boolean =>
      children(code, p).some((c) => c.type === type || hasDescendantOfType(c.code, type, p));
    const index: UnitIndex = {
      all: units,
      period: when,
      at(other) {
        let found = bound.get(other);
        if (!found) bound.set(other, (found = make(other)));
        return found;
      },
      get,
      name: (code) => get(code)?.name ?? code,
      children,
      hasDescendantOfType,
      ancestors: (code) => tree.ancestors(code, at).reverse(),
      roots: () => {
        const seen = new Set<string>();
        return units.flatMap((u) => {
          if ((u.parentCode !== null && tree.get(u.parentCode)) || seen.has(u.code)) return [];
          seen.add(u.code);
          const v = get(u.code);
          return v ? [v] : [];
        });
      },
    };
    return index;
  };
  const index = make(period);
  bound.set(period, index);
  return index;
}
