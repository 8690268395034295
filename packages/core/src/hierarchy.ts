import { isUnitActive } from './periods';
import type { Period, Unit } from './types';

export interface Hierarchy {
  get(code: string): Unit | undefined;
  /** Direct children, in input order. */
  children(code: string): Unit[];
  /** Every unit below `code` at any depth (not the unit itself); with `at`, only those active in it. */
  descendants(code: string, at?: Period): Unit[];
  /** Parent first, then grandparent, ... up to the root. */
  ancestors(code: string): Unit[];
}

/**
 * The unit tree. Inactive intermediate units (a district abolished in 2025) are still walked
 * through, so `descendants(province, at)` finds the communes under them. Cycles are cut.
 */
export function buildHierarchy(units: readonly Unit[]): Hierarchy {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const childrenOf = new Map<string, Unit[]>();
  for (const u of units) {
    if (u.parentCode === null) continue;
    const list = childrenOf.get(u.parentCode) ?? [];
    list.push(u);
    childrenOf.set(u.parentCode, list);
  }
  return {
    get: (code) => byCode.get(code),
    children: (code) => [...(childrenOf.get(code) ?? [])],
    descendants(code, at) {
      const seen = new Set<string>([code]);
      const out: Unit[] = [];
      const queue = [...(childrenOf.get(code) ?? [])];
      for (let u = queue.shift(); u; u = queue.shift()) {
        if (seen.has(u.code)) continue;
        seen.add(u.code);
        out.push(u);
        queue.push(...(childrenOf.get(u.code) ?? []));
      }
      return at ? out.filter((u) => isUnitActive(u, at)) : out;
    },
    ancestors(code) {
      const seen = new Set<string>([code]);
      const out: Unit[] = [];
      let parent = byCode.get(code)?.parentCode ?? null;
      while (parent !== null && !seen.has(parent)) {
        const unit = byCode.get(parent);
        if (!unit) break;
        seen.add(parent);
        out.push(unit);
        parent = unit.parentCode;
      }
      return out;
    },
  };
}
