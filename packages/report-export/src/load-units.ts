import type { UnitType } from '@tonghop/core';
import type { ReadDb, UnitInfo } from './types';

interface UnitRow {
  code: string;
  name: string;
  type: UnitType;
  parent_code: string | null;
}

/**
 * The unit and every unit under it active in the period (the pipeline's `subtree`), by code, each
 * as the version in force in the period (its name then: codes are reused, spec §2).
 */
export async function loadUnitsUnder(db: ReadDb, unit: string, period: string): Promise<Map<string, UnitInfo>> {
  const rows = await db.query<UnitRow>(
    `with bounds as (select rollup.period_bounds($2) as b)
     select u.code, u.name, u.type, u.parent_code
       from main.units_in_force((select b.start_date from bounds), (select b.end_date from bounds)) as u
      where u.code = $1
         or u.code in (select s.descendant from rollup.subtree($1, $2) as s)`,
    [unit, period],
  );
  const units = new Map<string, UnitInfo>();
  for (const r of rows) units.set(r.code, { code: r.code, name: r.name, type: r.type, parentCode: r.parent_code });
  return units;
}
