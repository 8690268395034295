import { findVersionOverlaps, validityLabel, type Unit, type UnitType } from '@tonghop/core';
import { insertAudit } from './audit';
import { WAREHOUSE_ERROR_CODES, WarehouseError } from './errors';
import type { Tx } from './writer';

const STAGE = 'units_import_stage';

const describe = (u: Pick<Unit, 'code' | 'name' | 'validFrom' | 'validTo'>) => `"${u.name}" (mã ${u.code}, hiệu lực ${validityLabel(u)})`;

/**
 * Import unit versions and their groups in the caller's transaction (spec §2). A line whose code
 * and valid_from are those of a stored version replaces that version (a corrected file can be
 * imported again); any other line is a new version, which may not overlap another version of the
 * same code (UNIT_VERSION_OVERLAP naming both). Every parent must be in `units` or already in the
 * database and have a version overlapping the child's, else UNIT_PARENT_NOT_FOUND naming the unit.
 */
export async function importUnitsTx(
  tx: Tx,
  units: readonly Unit[],
  actor: string,
  now: Date,
): Promise<{ inserted: number; updated: number }> {
  const inFile = findVersionOverlaps(units.map((unit) => ({ unit })))[0];
  if (inFile) {
    throw new WarehouseError(
      WAREHOUSE_ERROR_CODES.UNIT_VERSION_OVERLAP,
      `Mã đơn vị ${inFile.first.unit.code} có hai phiên bản trùng thời gian hiệu lực trong danh sách nhập: ${describe(inFile.first.unit)} và ${describe(inFile.second.unit)}.`,
    );
  }
  await tx.run(
    `create or replace temp table ${STAGE} (code varchar, name varchar, type varchar, parent_code varchar, valid_from date, valid_to date)`,
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
  // A stored version of the same code, not the one this line replaces, whose validity overlaps it.
  const clashes = await tx.query<VersionRow & { s_name: string; s_valid_from: string | null; s_valid_to: string | null }>(
    `select s.code, s.name as s_name, s.valid_from::varchar as s_valid_from, s.valid_to::varchar as s_valid_to,
            u.name, u.valid_from::varchar as valid_from, u.valid_to::varchar as valid_to
       from ${STAGE} s join units u on u.code = s.code
      where u.valid_from is distinct from s.valid_from
        and not exists (select 1 from ${STAGE} r where r.code = u.code and r.valid_from is not distinct from u.valid_from)
        and coalesce(u.valid_from, date '0001-01-01') <= coalesce(s.valid_to, date '9999-12-31')
        and coalesce(s.valid_from, date '0001-01-01') <= coalesce(u.valid_to, date '9999-12-31')
      order by s.code limit 1`,
  );
  const clash = clashes[0];
  if (clash) {
    const incoming = { code: clash.code, name: clash.s_name, validFrom: clash.s_valid_from, validTo: clash.s_valid_to };
    const stored = { code: clash.code, name: clash.name, validFrom: clash.valid_from, validTo: clash.valid_to };
    throw new WarehouseError(
      WAREHOUSE_ERROR_CODES.UNIT_VERSION_OVERLAP,
      `Đơn vị ${describe(incoming)} trùng thời gian hiệu lực với phiên bản đã có trong cơ sở dữ liệu ${describe(stored)}.`,
    );
  }
  await checkParents(tx);
  await checkNoCycle(tx, units);
  const [counts = { updated: 0 }] = await tx.query<{ updated: number }>(
    `select count(*) as updated from ${STAGE} s join units u on u.code = s.code and u.valid_from is not distinct from s.valid_from`,
  );
  await tx.run(`delete from units u using ${STAGE} s where u.code = s.code and u.valid_from is not distinct from s.valid_from`);
  await tx.run(`delete from unit_groups g using ${STAGE} s where g.unit_code = s.code and g.valid_from is not distinct from s.valid_from`);
  await tx.run(
    `insert into units (code, name, type, parent_code, valid_from, valid_to)
     select code, name, type, parent_code, valid_from, valid_to from ${STAGE} order by code, valid_from nulls first`,
  );
  const groups = await tx.appender('unit_groups');
  for (const u of units) {
    for (const tag of new Set(u.groups)) {
      const at = tag.indexOf(':');
      groups.appendVarchar(u.code);
      if (u.validFrom === null) groups.appendNull();
      else groups.appendVarchar(u.validFrom);
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

interface VersionRow {
  code: string;
  name: string;
  valid_from: string | null;
  valid_to: string | null;
}

/** Every parent exists (in the file or the database) with a version overlapping the child's. */
async function checkParents(tx: Tx): Promise<void> {
  const orphans = await tx.query<VersionRow & { parent_code: string; known: boolean }>(
    `with after_import as (
       select code, valid_from, valid_to from ${STAGE}
       union all
       select u.code, u.valid_from, u.valid_to from units u
       where not exists (select 1 from ${STAGE} s where s.code = u.code and s.valid_from is not distinct from u.valid_from)
     )
     select s.code, s.name, s.parent_code, s.valid_from::varchar as valid_from, s.valid_to::varchar as valid_to,
            exists (select 1 from after_import p where p.code = s.parent_code) as known
       from ${STAGE} s
      where s.parent_code is not null
        and not exists (
          select 1 from after_import p
           where p.code = s.parent_code
             and coalesce(p.valid_from, date '0001-01-01') <= coalesce(s.valid_to, date '9999-12-31')
             and coalesce(s.valid_from, date '0001-01-01') <= coalesce(p.valid_to, date '9999-12-31'))
      order by s.code, s.valid_from`,
  );
  const first = orphans[0];
  if (!first) return;
  const more = orphans.length > 1 ? ` (và ${orphans.length - 1} đơn vị khác)` : '';
  throw new WarehouseError(
    WAREHOUSE_ERROR_CODES.UNIT_PARENT_NOT_FOUND,
    first.known
      ? `Đơn vị ${describe({ code: first.code, name: first.name, validFrom: first.valid_from, validTo: first.valid_to })} có đơn vị cấp trên mã ${first.parent_code} không có phiên bản nào còn hiệu lực trong thời gian đó${more}.`
      : `Đơn vị "${first.name}" (mã ${first.code}) có đơn vị cấp trên mã ${first.parent_code} không có trong tệp lẫn cơ sở dữ liệu${more}.`,
  );
}

/**
 * A unit may not be its own ancestor once the import is applied: over the parents of every version
 * (the file's versions replace the stored ones they name).
 */
async function checkNoCycle(tx: Tx, units: readonly Unit[]): Promise<void> {
  const rows = await tx.query<{ code: string; parent_code: string }>(
    `select code, parent_code from ${STAGE} where parent_code is not null
     union
     select u.code, u.parent_code from units u
      where u.parent_code is not null
        and not exists (select 1 from ${STAGE} s where s.code = u.code and s.valid_from is not distinct from u.valid_from)`,
  );
  const parents = new Map<string, string[]>();
  for (const r of rows) parents.set(r.code, [...(parents.get(r.code) ?? []), r.parent_code]);
  const done = new Set<string>(); // units whose every ancestry ends at a root
  for (const u of units) {
    // Iterative depth-first walk up the parents (chains can be 10,000 long); `path` is the current chain.
    const path: string[] = [];
    const onPath = new Set<string>();
    const stack: { code: string; next: number }[] = [{ code: u.code, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { code: string; next: number };
      if (top.next === 0) {
        if (onPath.has(top.code)) {
          throw new WarehouseError(
            WAREHOUSE_ERROR_CODES.UNIT_PARENT_CYCLE,
            `Đơn vị "${u.name}" (mã ${u.code}) nằm trong một vòng cấp trên – cấp dưới: ${[...path.slice(path.indexOf(top.code)), top.code].join(' → ')}.`,
          );
        }
        path.push(top.code);
        onPath.add(top.code);
      }
      const parent = parents.get(top.code)?.[top.next];
      top.next += 1;
      if (parent !== undefined && !done.has(parent)) stack.push({ code: parent, next: 0 });
      else if (parent === undefined) {
        stack.pop();
        path.pop();
        onPath.delete(top.code);
        done.add(top.code);
      }
    }
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

/** Every version of every unit, by code then start. */
export const LIST_UNITS_SQL = `
  select u.code, u.name, u.type, u.parent_code, u.valid_from, u.valid_to,
    coalesce((select list(g.key || ':' || g.value order by g.key, g.value) from unit_groups g
               where g.unit_code = u.code and g.valid_from is not distinct from u.valid_from), []) as groups
  from units u order by u.code, u.valid_from nulls first`;

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
