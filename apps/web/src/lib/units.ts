import type { FormCode, Unit, UnitType } from '../api/types';
import { periodBounds } from './periods';

export const FORM_OF_TYPE: Partial<Record<UnitType, FormCode>> = { xa: 'XA', co_quan: 'CQ', doanh_nghiep: 'DN', mat_tran: 'MT' };
export const TYPE_OF_FORM: Record<FormCode, UnitType> = { XA: 'xa', CQ: 'co_quan', DN: 'doanh_nghiep', MT: 'mat_tran' };
export const FORM_NAME: Record<FormCode, string> = {
  XA: 'Xã, phường, thị trấn',
  CQ: 'Cơ quan, đơn vị',
  DN: 'Doanh nghiệp',
  MT: 'Mặt trận và các đoàn thể',
};
/** The noun of a coverage figure: "8/8 xã", "19/19 cơ quan". */
export const FORM_NOUN: Record<FormCode, string> = { XA: 'xã', CQ: 'cơ quan', DN: 'doanh nghiệp', MT: 'đơn vị' };

export interface UnitIndex {
  /** Every version of every unit (spec §2: a code may have several). */
  all: Unit[];
  /** The period the index names units in (null: the latest version of each). */
  period: string | null;
  /** The same units, named as in `period`. */
  at(period: string | null): UnitIndex;
  /** The version of `code` in force in the index's period. */
  get(code: string): Unit | undefined;
  /** Its name then: `24853` is "Xã Đạ Tông" in 2022 and "Xã Đam Rông 4" in 2026. */
  name(code: string): string;
  children(code: string, period: string | null): Unit[];
  /** Does `code` have (active) descendants of this type? */
  hasDescendantOfType(code: string, type: UnitType, period: string | null): boolean;
  ancestors(code: string): Unit[];
  roots(): Unit[];
}

export function isActive(unit: Unit, period: string | null): boolean {
  const bounds = period ? periodBounds(period) : null;
  if (!bounds) return true;
  return (!unit.valid_from || unit.valid_from <= bounds[1]) && (!unit.valid_to || unit.valid_to >= bounds[0]);
}

const start = (u: Unit) => u.valid_from ?? '0001-01-01';

/** The version in force in the period: the latest-starting one that is active in it (as versionInForce of @tonghop/core). */
function inForce(versions: readonly Unit[], period: string | null): Unit | undefined {
  let best: Unit | undefined;
  for (const v of versions) if (isActive(v, period) && (!best || start(v) > start(best))) best = v;
  return best;
}

/** One version per code, in first-seen order: the one in force in the period. */
function onePerCode(list: readonly Unit[], period: string | null): Unit[] {
  const byCode = new Map<string, Unit[]>();
  for (const u of list) byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
  return [...byCode.values()].flatMap((versions) => inForce(versions, period) ?? []);
}

export function indexUnits(units: Unit[], period: string | null = null): UnitIndex {
  const versions = new Map<string, Unit[]>();
  for (const u of units) versions.set(u.code, [...(versions.get(u.code) ?? []), u]);
  const kids = new Map<string, Unit[]>();
  for (const unit of units) {
    if (!unit.parent_code) continue;
    const list = kids.get(unit.parent_code) ?? [];
    list.push(unit);
    kids.set(unit.parent_code, list);
  }
  const get = (code: string): Unit | undefined => {
    const all = versions.get(code) ?? [];
    return inForce(all, period) ?? inForce(all, null);
  };
  const children = (code: string, when: string | null): Unit[] =>
    onePerCode(
      (kids.get(code) ?? []).filter((u) => isActive(u, when)),
      when,
    );
  const hasDescendantOfType = (code: string, type: UnitType, when: string | null): boolean =>
    children(code, when).some((c) => c.type === type || hasDescendantOfType(c.code, type, when));
  const bound = new Map<string | null, UnitIndex>();
  const index: UnitIndex = {
    all: units,
    period,
    at(other) {
      if (other === period) return index;
      let found = bound.get(other);
      if (!found) bound.set(other, (found = indexUnits(units, other)));
      return found;
    },
    get,
    name: (code) => get(code)?.name ?? code,
    children,
    hasDescendantOfType,
    ancestors(code) {
      const out: Unit[] = [];
      const seen = new Set<string>([code]);
      for (let u = get(code); u?.parent_code && !seen.has(u.parent_code); ) {
        seen.add(u.parent_code);
        u = get(u.parent_code);
        if (u) out.unshift(u);
      }
      return out;
    },
    roots: () =>
      onePerCode(
        units.filter((u) => !u.parent_code || !versions.has(u.parent_code)),
        period,
      ),
  };
  return index;
}
