import type { UnitType } from '@tonghop/core';
import { ReportExportError } from './errors';
import type { ReadDb, UnitInfo } from './types';

interface UnitRow {
  code: string;
  name: string;
  type: UnitType;
  parent_code: string | null;
}

/** The unit and every unit under it (any depth, any validity), by code. */
export async function loadUnitsUnder(db: ReadDb, unit: string): Promise<Map<string, UnitInfo>> {
  const rows = await db.query<UnitRow>(
    `select distinct u.code, u.name, u.type, u.parent_code
       from rollup.int_unit_closure as c
       join main.units as u on u.code = c.descendant
      where c.ancestor = $1`,
    [unit],
  );
  const units = new Map<string, UnitInfo>();
  for (const r of rows) units.set(r.code, { code: r.code, name: r.name, type: r.type, parentCode: r.parent_code });
  if (!units.has(unit)) {
    throw new ReportExportError('EXPORT_UNIT_MISSING', `Không đọc được đơn vị "${unit}" trong cây đơn vị của quy trình tổng hợp: hãy chạy lại "tonghop run".`);
  }
  return units;
}
