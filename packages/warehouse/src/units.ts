import type { Unit, UnitType } from '@tonghop/core';
import { insertAudit } from './audit';
import { WAREHOUSE_ERROR_CODES, WarehouseError } from './errors';
import type { Tx } from './writer';

const STAGE = 'units_import_stage';

/**
 * Upsert units and their groups in the caller's transaction. Every parent must be in `units`
 * or already in the database, else UNIT_PARENT_NOT_FOUND naming the unit. Groups of an imported
 * unit are replaced by the file's.
 */
export async function importUnitsTx(
  tx: Tx,
  units: readonly Unit[],
  actor: string,
  now: Date,
): Promise<{ inserted: number; updated: number }> {
  const seen = new Map<string, Unit>();
  for (const unit of units) {
    const other = seen.get(unit.code);
    if (other) {
      throw new WarehouseError(
        WAREHOUSE_ERROR_CODES.UNIT_DUPLICATE_CODE,
        `Mã đơn vị ${unit.code} xuất hiện hai lần trong danh sách nhập ("${other.name}" và "${unit.name}").`,
      );
    }
    seen.set(unit.code, unit);
  }
  await tx.run(
    `create or replace temp table ${STAGE} (code varchar, name varchar, type varchar, parent_code varchar, valid_from varchar, valid_to varchar)`,
  );
  const stage = await tx.appender(STAGE, 'main', 'temp');
  for (const u of units) {
    stage.appendVarchar(u.code);
    stage.appendVarchar(u.name);
    stage.appendVarchar(u.type);
    for (const v of [u.parentCode, u.validFrom, u.validTo]) {
      if (v == null) stage.appendNull();
      else stage.appendVarchar(v);
    }
    stage.endRow();
  }
  stage.closeSync();
  const orphans = await tx.query<{ code: string; name: string; parent_code: string }>(
    `select s.code, s.name, s.parent_code from ${STAGE} s
     where s.parent_code is not null
       and s.parent_code not in (select code from ${STAGE})
       and s.parent_code not in (select code from units)
     order by s.code`,
  );
  const first = orphans[0];
  if (first) {
    const more = orphans.length > 1 ? ` (và ${orphans.length - 1} đơn vị khác)` : '';
    throw new WarehouseError(
      WAREHOUSE_ERROR_CODES.UNIT_PARENT_NOT_FOUND,
      `Đơn vị "${first.name}" (mã ${first.code}) có đơn vị cấp trên mã ${first.parent_code} không có trong tệp lẫn cơ sở dữ liệu${more}.`,
    );
  }
  await checkNoCycle(tx, units);
  const [counts = { updated: 0 }] = await tx.query<{ updated: number }>(
    `select count(*) as updated from ${STAGE} s join units u on u.code = s.code`,
  );
  await tx.run(
    `insert into units (code, name, type, parent_code, valid_from, valid_to)
     select code, name, type, parent_code, valid_from::date, valid_to::date from ${STAGE}
     on conflict (code) do update set name = excluded.name, type = excluded.type, parent_code = excluded.parent_code,
       valid_from = excluded.valid_from, valid_to = excluded.valid_to`,
  );
  await tx.run(`delete from unit_groups where unit_code in (select code from ${STAGE})`);
  const groups = await tx.appender('unit_groups');
  for (const u of units) {
    for (const tag of new Set(u.groups)) {
      const at = tag.indexOf(':');
      groups.appendVarchar(u.code);
      groups.appendVarchar(at < 0 ? tag : tag.slice(0, at));
      groups.appendVarchar(at < 0 ? '' : tag.slice(at + 1));
      groups.endRow();
    }
  }
  groups.closeSync();
  await tx.run(`drop table ${STAGE}`);
  const result = { inserted: units.length - counts.updated, updated: counts.updated };
  await insertAudit(tx, now, { actor, action: 'units.import', detail: result });
  return result;
}

/** A unit may not be its own ancestor once the import is applied (file parents override the db's). */
async function checkNoCycle(tx: Tx, units: readonly Unit[]): Promise<void> {
  const parent = new Map<string, string | null>();
  for (const row of await tx.query<{ code: string; parent_code: string | null }>('select code, parent_code from units')) {
    parent.set(row.code, row.parent_code);
  }
  for (const u of units) parent.set(u.code, u.parentCode);
  const safe = new Set<string>(); // units whose ancestry is known to end at a root
  for (const u of units) {
    const seen = new Set<string>([u.code]);
    for (let at = parent.get(u.code); at != null && !safe.has(at); at = parent.get(at)) {
      if (seen.has(at)) {
        throw new WarehouseError(
          WAREHOUSE_ERROR_CODES.UNIT_PARENT_CYCLE,
          `Đơn vị "${u.name}" (mã ${u.code}) nằm trong một vòng cấp trên – cấp dưới: ${[...seen, at].join(' → ')}.`,
        );
      }
      seen.add(at);
    }
    for (const code of seen) safe.add(code);
  }
}

interface UnitRow {
  code: string;
  name: string;
  type: UnitType;
  parent_code: string | null;
  valid_from: string | null;
  valid_to: string | null;
  groups: string[];
}

export const LIST_UNITS_SQL = `
  select u.code, u.name, u.type, u.parent_code, u.valid_from, u.valid_to,
    coalesce((select list(g.key || ':' || g.value order by g.key, g.value) from unit_groups g where g.unit_code = u.code), []) as groups
  from units u order by u.code`;

export function toUnit(r: UnitRow): Unit {
  return {
    code: r.code,
    name: r.name,
    type: r.type,
    parentCode: r.parent_code,
    groups: r.groups,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  };
}
export type { UnitRow };
