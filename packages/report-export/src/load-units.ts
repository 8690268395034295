import { requirePeriod, type UnitType } from '@tonghop/core';
import type { ReadDb, UnitInfo } from './types';
import { rollupModels } from '@tonghop/figures';

interface UnitRow {
  code: string;
  name: string;
  type: UnitType;
  parent_code: string | null;
}

/**
 * The unit and every unit under it active in the period (the pipeline's `unit_tree`), by code, each
 * as the version in force in the period (its name then: codes are reused, spec §2).
 */
export async function loadUnitsUnder(db: ReadDb, unit: string, period: string): Promise<Map<string, UnitInfo>> {
  const bounds = requirePeriod(period);
  const rows = await db.query<UnitRow>(
    `select u.code, u.name, u.type, u.parent_code
       from main.units_in_force($3::date, $4::date) as u
      where u.code = $1
         or u.code in (select s.descendant from ${rollupModels.unitTree.sql}($1, $2) as s)`,
    [unit, period, bounds.start, bounds.end],
  );
  const units = new Map<string, UnitInfo>();
  for (const r of rows) units.set(r.code, { code: r.code, name: r.name, type: r.type, parentCode: r.parent_code });
  return units;
}
