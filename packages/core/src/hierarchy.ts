import { isUnitActive } from './periods';
import type { Period, Unit } from './types';
import { groupVersions, versionInForce } from './unit-versions';

export interface Hierarchy {
  /** The version of `code` in force in `at` (the latest version without `at`). */
  get(code: string, at?: Period): Unit | undefined;
  /** Every version of `code`, oldest first. */
  versions(code: string): Unit[];
  /** Direct children (one version each), in input order; with `at`, those whose version in `at` has this parent. */
  children(code: string, at?: Period): Unit[];
  /** Every unit below `code` at any depth (not the unit itself); with `at`, only those active in it. */
  descendants(code: string, at?: Period): Unit[];
  /** Parent first, then grandparent, ... up to the root (the versions in force in `at`). */
  ancestors(code: string, at?: Period): Unit[];
}

/**
 * The unit tree over unit versions (spec §2): a code may have several versions, each with its own
 * parent, so `24853` is under district 674 until 2025-06-30 and under province 68 after. With a
 * period, every answer uses the versions in force in it. Inactive intermediate units (a district
 * abolished in 2025) are still walked through, so `descendants(province, at)` finds the communes
 * under them. Cycles are cut.
 */
export function buildHierarchy(units: readonly Unit[]): Hierarchy {
  const byCode = groupVersions(units);
  const childrenOf = new Map<string, Unit[]>();
  for (const u of units) {
    if (u.parentCode === null) continue;
    const list = childrenOf.get(u.parentCode) ?? [];
    list.push(u);
    childrenOf.set(u.parentCode, list);
  }
  const get = (code: string, at?: Period) => versionInForce(byCode.get(code) ?? [], at);
  /** One version per code: the one in force in `at` among those given (the latest without `at`). */
  const onePerCode = (list: readonly Unit[], at?: Period): Unit[] => {
    const order: string[] = [];
    const found = new Map<string, Unit[]>();
    for (const u of list) {
      const seen = found.get(u.code);
      if (seen) seen.push(u);
      else found.set(u.code, [u]), order.push(u.code);
    }
    return order.flatMap((code) => versionInForce(found.get(code) ?? [], at) ?? []);
  };
  return {
    get,
    versions: (code) => [...(byCode.get(code) ?? [])],
    children: (code, at) =>
      onePerCode(
        (childrenOf.get(code) ?? []).filter((u) => !at || isUnitActive(u, at)),
        at,
      ),
    descendants(code, at) {
      const walked = new Set<string>([code]);
      const reached: Unit[] = [];
      const queue = [...(childrenOf.get(code) ?? [])];
      for (let u = queue.shift(); u; u = queue.shift()) {
        if (u.code === code) continue;
        // A version counts when it is active in `at`; the walk goes on below it either way.
        if (!at || isUnitActive(u, at)) reached.push(u);
        if (walked.has(u.code)) continue;
        walked.add(u.code);
        queue.push(...(childrenOf.get(u.code) ?? []));
      }
      return onePerCode(reached, at);
    },
    ancestors(code, at) {
      const seen = new Set<string>([code]);
      const out: Unit[] = [];
      let parent = get(code, at)?.parentCode ?? null;
      while (parent !== null && !seen.has(parent)) {
        const unit = get(parent, at) ?? get(parent);
        if (!unit) break;
        seen.add(parent);
        out.push(unit);
        parent = unit.parentCode;
      }
      return out;
    },
  };
}
