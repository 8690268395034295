import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Tx, Warehouse } from '@tonghop/warehouse';
import { EXCHANGE_ERROR_CODES, ExchangeError } from './errors';
import { tableGlob } from './layout';
import { readManifest, type ExportManifest, type ExportTable } from './manifest';
import { findUnitConflicts, HERE_VERSIONS, STAGED_VERSIONS, type UnitConflict } from './unit-conflicts';

export interface ImportParquetOptions {
  /** Recorded as `imported_by` and the audit actor. */
  actor: string;
  clock?: () => Date;
}

export interface ImportParquetResult {
  dir: string;
  /** `imported`, or `already_imported` when this very export (its export_id) was imported before: nothing written. */
  status: 'imported' | 'already_imported';
  import_id: string;
  export_id: string;
  instance: ExportManifest['instance'];
  exported_at: string;
  provinces: string[];
  units: { new: number; updated: number; same: number };
  submissions: { new: number; known: number };
  facts: number;
}

/** The tables staged from an export, in temp tables `exchange_imp_<table>` on the writer connection. */
const STAGED = ['units', 'crosswalk', 'submissions', 'validation', 'facts'] as const satisfies readonly ExportTable[];

/**
 * Imports one Parquet export (spec §9) into this database in one transaction: units (refused
 * when a unit already came from another instance with different data), submissions with new ids
 * and their origin (instance, export time, original id and hash), their facts and validation
 * results. The same export twice is recognised by its export_id and writes nothing.
 */
export async function importParquet(wh: Warehouse, dirArg: string, opts: ImportParquetOptions): Promise<ImportParquetResult> {
  const clock = opts.clock ?? (() => new Date());
  const dir = resolve(dirArg);
  const manifest = await readManifest(dir);
  const base = {
    dir,
    export_id: manifest.export_id,
    instance: manifest.instance,
    exported_at: manifest.exported_at,
    provinces: manifest.provinces,
  };
  return wh.write(async (tx) => {
    const [seen] = await tx.query<{ id: string }>('select id from main.exchange_imports where export_id = $1', [manifest.export_id]);
    if (seen) {
      return {
        ...base,
        status: 'already_imported',
        import_id: seen.id,
        units: { new: 0, updated: 0, same: 0 },
        submissions: { new: 0, known: 0 },
        facts: 0,
      };
    }
    await stage(tx, dir, manifest);
    const importId = randomUUID();
    const conflicts = await findUnitConflicts(tx, manifest.instance.id);
    if (conflicts.some((c) => c.kind === 'other_instance')) throw conflictError(dir, manifest, conflicts);
    const units = await writeUnits(tx, manifest, importId);
    await tx.run(
      `insert into main.unit_links (level, old_code, new_code, link, effective, imported_at)
       select level, old_code, new_code, link, effective, imported_at from exchange_imp_crosswalk on conflict do nothing`,
    );
    const submissions = await writeSubmissions(tx, manifest, importId);
    const facts = await tx.run(
      `insert into main.fact_values (submission_id, indicator, option, num_value, bool_value, text_value, source_sheet, source_cell, source_line)
       select m.new_id, f.indicator, f.option, f.num_value, f.bool_value, f.text_value, f.source_sheet, f.source_cell, f.source_line
       from exchange_imp_facts f join exchange_imp_map m on m.export_id = f.submission_id and m.fresh
       order by f.fact_seq`,
    );
    await tx.run(
      `insert into main.validation_results (submission_id, severity, rule, cell, message)
       select m.new_id, v.severity, v.rule, v.cell, v.message
       from exchange_imp_validation v join exchange_imp_map m on m.export_id = v.submission_id and m.fresh`,
    );
    const counts = { units, submissions, facts };
    await tx.run(
      `insert into main.exchange_imports (id, export_id, instance_id, instance_name, exported_at, schema_version, provinces, source, imported_at, imported_by, counts)
       values ($1, $2, $3, $4, $5::timestamptz, $6, $7::varchar[], $8, $9, $10, $11::json)`,
      [
        importId,
        manifest.export_id,
        manifest.instance.id,
        manifest.instance.name,
        manifest.exported_at,
        manifest.schema_version,
        manifest.provinces,
        dir,
        clock(),
        opts.actor,
        JSON.stringify(counts),
      ],
    );
    await tx.run(
      `insert into main.audit_log (id, logged_at, actor, action, target, detail) values (nextval('audit_id_seq'), $1, $2, 'exchange.import', $3, $4::json)`,
      [
        clock(),
        opts.actor,
        manifest.export_id,
        JSON.stringify({ dir, instance: manifest.instance, exported_at: manifest.exported_at, counts }),
      ],
    );
    for (const table of STAGED) await tx.run(`drop table if exists exchange_imp_${table}`);
    await tx.run('drop table if exists exchange_imp_map');
    return { ...base, status: 'imported', import_id: importId, ...counts };
  });
}

/** Each table of the export into a temp table; its row count must be the manifest's. */
async function stage(tx: Tx, dir: string, manifest: ExportManifest): Promise<void> {
  for (const table of STAGED) {
    const expected = manifest.counts[table] ?? 0;
    const name = `exchange_imp_${table}`;
    if (expected === 0) {
      await tx.run(`create or replace temp table ${name} as select * from (${EMPTY[table]}) where false`);
      continue;
    }
    try {
      await tx.run(
        `create or replace temp table ${name} as select * from read_parquet($1, hive_partitioning = true, hive_types_autocast = false)`,
        [tableGlob(dir, table)],
      );
    } catch (error: unknown) {
      throw damaged(dir, `không đọc được bảng ${table}`, error);
    }
    const [row] = await tx.query<{ n: number }>(`select count(*)::integer as n from ${name}`);
    if (row?.n !== expected) throw damaged(dir, `bảng ${table} có ${row?.n ?? 0} dòng, manifest.json ghi ${expected}`);
  }
}

/** Empty tables of the staged shape, for a table the export has no rows of. */
const EMPTY: Record<(typeof STAGED)[number], string> = {
  units: `select ''::varchar as code, ''::varchar as name, ''::varchar as type, ''::varchar as parent_code, null::date as valid_from, null::date as valid_to, []::varchar[] as groups, ''::varchar as province`,
  submissions: `select 0::bigint as id, ''::varchar as unit_code, ''::varchar as period, ''::varchar as form, 0::integer as version, null::bigint as supersedes,
    ''::varchar as status, ''::varchar as plugin, ''::varchar as file_sha256, ''::varchar as file_name, null::bigint as file_size, null::timestamptz as file_stored_at,
    null::varchar as sheet, ''::varchar as draft_key, ''::varchar as uploaded_by, null::timestamptz as received_at, 0::integer as fact_count,
    null::varchar as origin_instance_id, null::varchar as origin_instance_name, null::timestamptz as origin_exported_at, null::bigint as origin_id, ''::varchar as province`,
  crosswalk: `select ''::varchar as level, ''::varchar as old_code, ''::varchar as new_code, ''::varchar as link, null::date as effective,
    null::timestamptz as imported_at, ''::varchar as province`,
  validation: `select 0::bigint as submission_id, ''::varchar as severity, ''::varchar as rule, null::varchar as cell, ''::varchar as message, ''::varchar as period, ''::varchar as province`,
  facts: `select 0::bigint as submission_id, ''::varchar as indicator, null::varchar as option, null::double as num_value, null::boolean as bool_value,
    null::varchar as text_value, null::varchar as source_sheet, null::varchar as source_cell, null::integer as source_line, 0::bigint as fact_seq`,
};

function damaged(dir: string, why: string, cause?: unknown): ExchangeError {
  return new ExchangeError(
    EXCHANGE_ERROR_CODES.IMPORT_DAMAGED,
    `Bản xuất "${dir}" bị hỏng hoặc thiếu tệp: ${why}. Không có gì được nhập.`,
    { cause },
  );
}

function conflictError(dir: string, manifest: ExportManifest, conflicts: readonly UnitConflict[]): ExchangeError {
  const others = conflicts.filter((c) => c.kind === 'other_instance');
  const shown = others.slice(0, 5).map((c) => `${c.code} ("${c.name}" ≠ "${c.existingName}", đã nhập từ ${c.existingFrom})`);
  const more = others.length > shown.length ? ` và ${others.length - shown.length} đơn vị khác` : '';
  return new ExchangeError(
    EXCHANGE_ERROR_CODES.IMPORT_UNIT_CONFLICT,
    `Không nhập bản xuất "${dir}" của ${manifest.instance.name} (tỉnh ${manifest.provinces.join(', ')}): ${others.length} đơn vị trùng mã với đơn vị đã có nhưng khác dữ liệu: ${shown.join('; ')}${more}. Không có gì được nhập.`,
  );
}

/** New units are added, units this instance sent before are replaced, identical units are left; all get an origin row. */
async function writeUnits(tx: Tx, manifest: ExportManifest, importId: string): Promise<ImportParquetResult['units']> {
  // Codes whose versions differ from what is here (or are new). Changed ones come only from this same instance (others were refused).
  await tx.run(
    `create or replace temp table exchange_imp_unit_write as
     with here as (${HERE_VERSIONS}), staged as (${STAGED_VERSIONS})
     select staged.code, here.code is null as fresh from staged left join here using (code)
     where staged.versions is distinct from here.versions`,
  );
  const [c] = await tx.query<{ fresh: number; changed: number; total: number }>(
    `select count(*) filter (where fresh)::integer as fresh, count(*) filter (where not fresh)::integer as changed,
            (select count(distinct code) from exchange_imp_units)::integer as total
     from exchange_imp_unit_write`,
  );
  await tx.run('delete from main.unit_groups where unit_code in (select code from exchange_imp_unit_write)');
  await tx.run('delete from main.units where code in (select code from exchange_imp_unit_write)');
  await tx.run(
    `insert into main.units (code, name, type, parent_code, valid_from, valid_to)
     select code, name, type, parent_code, valid_from, valid_to from exchange_imp_units
     where code in (select code from exchange_imp_unit_write) order by code, valid_from nulls first`,
  );
  await tx.run(
    `insert into main.unit_groups (unit_code, valid_from, key, value)
     select distinct code, valid_from, split_part(g, ':', 1), substr(g, strpos(g, ':') + 1)
     from (select code, valid_from, unnest(groups) as g from exchange_imp_units where code in (select code from exchange_imp_unit_write))`,
  );
  await tx.run(
    `insert into main.unit_origins (unit_code, instance_id, import_id)
     select distinct code, $1, $2 from exchange_imp_units on conflict do nothing`,
    [manifest.instance.id, importId],
  );
  await tx.run('drop table exchange_imp_unit_write');
  return { new: c?.fresh ?? 0, updated: c?.changed ?? 0, same: (c?.total ?? 0) - (c?.fresh ?? 0) - (c?.changed ?? 0) };
}

/**
 * Submissions get ids of this database (`exchange_imp_map`: export id → new id); one already
 * imported (same first instance and original id) is known and not written again. `supersedes`
 * follows the map. The origin is the submission's first instance: an export of a national
 * instance carries the province's origin on.
 */
async function writeSubmissions(tx: Tx, manifest: ExportManifest, importId: string): Promise<ImportParquetResult['submissions']> {
  const params = [manifest.instance.id, manifest.instance.name, manifest.exported_at];
  await tx.run(
    `create or replace temp table exchange_imp_map as
     select i.id as export_id,
            coalesce(i.origin_instance_id, $1) as origin_instance_id,
            coalesce(i.origin_instance_name, $2) as origin_instance_name,
            coalesce(i.origin_exported_at, $3::timestamptz) as origin_exported_at,
            coalesce(i.origin_id, i.id) as original_id,
            o.submission_id as known_id
     from exchange_imp_submissions i
     left join main.submission_origins o on o.instance_id = coalesce(i.origin_instance_id, $1) and o.original_id = coalesce(i.origin_id, i.id)`,
    params,
  );
  await tx.run(
    `alter table exchange_imp_map add column new_id bigint;
     alter table exchange_imp_map add column fresh boolean;
     update exchange_imp_map set fresh = known_id is null, new_id = coalesce(known_id, nextval('submission_id_seq'));`,
  );
  await tx.run(
    `insert into main.files (sha256, size, first_name, stored_at)
     select file_sha256, arg_min(file_size, id), arg_min(file_name, id), arg_min(file_stored_at, id)
     from exchange_imp_submissions
     where file_size is not null and file_stored_at is not null and file_sha256 not in (select sha256 from main.files)
     group by file_sha256`,
  );
  const fresh = await tx.run(
    `insert into main.submissions (id, unit_code, period, form, version, supersedes, status, plugin, file_sha256, file_name, sheet,
                                   draft_key, uploaded_by, received_at, fact_count)
     select m.new_id, i.unit_code, i.period, i.form, i.version,
            coalesce(sup.new_id, (select o.submission_id from main.submission_origins o
                                  where o.instance_id = m.origin_instance_id and o.original_id = i.supersedes)),
            i.status, i.plugin, i.file_sha256, i.file_name, i.sheet, i.draft_key, i.uploaded_by, i.received_at, i.fact_count
     from exchange_imp_submissions i
     join exchange_imp_map m on m.export_id = i.id and m.fresh
     left join exchange_imp_map sup on sup.export_id = i.supersedes
     order by i.id`,
  );
  await tx.run(
    `insert into main.submission_origins (submission_id, import_id, instance_id, instance_name, exported_at, original_id, original_sha256)
     select m.new_id, $1, m.origin_instance_id, m.origin_instance_name, m.origin_exported_at, m.original_id, i.file_sha256
     from exchange_imp_map m join exchange_imp_submissions i on i.id = m.export_id
     where m.fresh`,
    [importId],
  );
  const [known] = await tx.query<{ n: number }>('select count(*)::integer as n from exchange_imp_map where not fresh');
  return { new: fresh, known: known?.n ?? 0 };
}
