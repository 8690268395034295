import type { CrosswalkLink, LinkKind, UnitType } from '@tonghop/core';
import { insertAudit } from './audit';
import type { Tx } from './writer';

const STAGE = 'crosswalk_import_stage';

/**
 * Store the links of a crosswalk (spec §6) effective on `effective`, in the caller's transaction.
 * A link already stored (same old code, new code and date) is replaced; the links must have been
 * checked against the unit versions (`checkCrosswalkLinks` of @tonghop/core) before.
 */
export async function importCrosswalkTx(
  tx: Tx,
  links: readonly CrosswalkLink[],
  effective: string,
  actor: string,
  now: Date,
): Promise<{ inserted: number; updated: number }> {
  await tx.run(`create or replace temp table ${STAGE} (level varchar, old_code varchar, new_code varchar, link varchar)`);
  const stage = await tx.appender(STAGE, 'main', 'temp');
  for (const l of links) {
    stage.appendVarchar(l.level);
    stage.appendVarchar(l.oldCode);
    stage.appendVarchar(l.newCode);
    stage.appendVarchar(l.link);
    stage.endRow();
  }
  stage.closeSync();
  const [counts = { updated: 0 }] = await tx.query<{ updated: number }>(
    `select count(*)::integer as updated from ${STAGE} s
       join unit_links l on l.old_code = s.old_code and l.new_code = s.new_code and l.effective = $1::date`,
    [effective],
  );
  await tx.run(
    `delete from unit_links l using ${STAGE} s where l.old_code = s.old_code and l.new_code = s.new_code and l.effective = $1::date`,
    [effective],
  );
  await tx.run(
    `insert into unit_links (level, old_code, new_code, link, effective, imported_at)
     select level, old_code, new_code, link, $1::date, $2::timestamptz from ${STAGE} order by old_code, new_code`,
    [effective, now.toISOString()],
  );
  await tx.run(`drop table ${STAGE}`);
  const result = { inserted: links.length - counts.updated, updated: counts.updated };
  await insertAudit(tx, now, { actor, action: 'units.crosswalk', detail: { ...result, effective } });
  return result;
}

/** One version of a unit, as the history shows it. */
export interface UnitVersionInfo {
  name: string;
  type: UnitType;
  parent_code: string | null;
  valid_from: string | null;
  valid_to: string | null;
}

/** A unit at the other end of a link, named as the version on its side of the change. */
export interface LinkedUnit {
  code: string;
  name: string | null;
  link: LinkKind;
  effective: string;
}

export interface UnitHistory {
  code: string;
  versions: UnitVersionInfo[];
  /** Old units that went (wholly or in part) into a version of this code. */
  predecessors: LinkedUnit[];
  /** New units that this code's versions went into. */
  successors: LinkedUnit[];
}

interface Query {
  query<R>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/** A unit's versions, predecessors and successors (`GET /api/units/:code/history`); null when the code is unknown. */
export async function getUnitHistory(db: Query, code: string): Promise<UnitHistory | null> {
  const versions = await db.query<UnitVersionInfo>(
    `select name, type, parent_code, valid_from::varchar as valid_from, valid_to::varchar as valid_to
       from units where code = $1 order by valid_from nulls first`,
    [code],
  );
  if (versions.length === 0) return null;
  // The other side's name is that of its version ending the day before (old) / starting on (new) the date.
  const predecessors = await db.query<LinkedUnit>(
    `select l.old_code as code, u.name, l.link, l.effective::varchar as effective
       from unit_links l
       left join units u on u.code = l.old_code and u.valid_to = l.effective - 1
      where l.new_code = $1
      order by l.effective, l.link, l.old_code`,
    [code],
  );
  const successors = await db.query<LinkedUnit>(
    `select l.new_code as code, u.name, l.link, l.effective::varchar as effective
       from unit_links l
       left join units u on u.code = l.new_code and u.valid_from = l.effective
      where l.old_code = $1
      order by l.effective, l.link, l.new_code`,
    [code],
  );
  return { code, versions, predecessors, successors };
}
