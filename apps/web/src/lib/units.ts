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
  all: Unit[];
  get(code: string): Unit | undefined;
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

export function indexUnits(units: Unit[]): UnitIndex {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const kids = new Map<string, Unit[]>();
  for (const unit of units) {
    if (!unit.parent_code) continue;
    const list = kids.get(unit.parent_code) ?? [];
    list.push(unit);
    kids.set(unit.parent_code, list);
  }
  const children = (code: string, period: string | null): Unit[] => (kids.get(code) ?? []).filter((u) => isActive(u, period));
  const hasDescendantOfType = (code: string, type: UnitType, period: string | null): boolean =>
    children(code, period).some((c) => c.type === type || hasDescendantOfType(c.code, type, period));
  return {
    all: units,
    get: (code) => byCode.get(code),
    name: (code) => byCode.get(code)?.name ?? code,
    children,
    hasDescendantOfType,
    ancestors(code) {
      const out: Unit[] = [];
      for (let u = byCode.get(code); u?.parent_code; ) {
        u = byCode.get(u.parent_code);
        if (u) out.unshift(u);
      }
      return out;
    },
    roots: () => units.filter((u) => !u.parent_code || !byCode.has(u.parent_code)),
  };
}
