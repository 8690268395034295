import type { Unit, UnitType } from './types';
import { arrayIn, isObj, list, str, strings } from './read';

/** GET /api/units → a flat list, whether the API sends a tree (children) or rows (parent_code). */
export function readUnits(body: unknown): Unit[] {
  const out: Unit[] = [];
  const walk = (items: unknown[], parent: string | null): void => {
    for (const item of items) {
      if (!isObj(item)) continue;
      const code = str(item.code);
      if (!code) continue;
      out.push({
        code,
        name: str(item.name) ?? code,
        type: (str(item.type) ?? 'xa') as UnitType,
        parent_code: str(item.parent_code) ?? str(item.parent) ?? parent,
        groups: strings(item.groups),
        valid_from: str(item.valid_from),
        valid_to: str(item.valid_to),
      });
      walk(list(item.children), code);
    }
  };
  walk(isObj(body) && !Array.isArray(body.units) && body.code ? [body] : arrayIn(body, 'units', 'tree', 'roots'), null);
  return out;
}
