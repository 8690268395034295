import type { Unit } from '@tonghop/core';

/** Names for unit codes in human output: "Xã Đạ Tông"; an unknown code stays as it is. */
export interface UnitNames {
  name(code: string): string;
  /** "Huyện Đam Rông (679)". */
  named(code: string): string;
  /** The parent's name, or "" for a root. */
  parent(code: string): string;
}

export function unitNames(units: readonly Unit[]): UnitNames {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const name = (code: string) => byCode.get(code)?.name ?? code;
  return {
    name,
    named: (code) => (byCode.has(code) ? `${name(code)} (${code})` : code),
    parent(code) {
      const p = byCode.get(code)?.parentCode;
      return p ? name(p) : '';
    },
  };
}
