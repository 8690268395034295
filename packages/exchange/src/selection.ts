import type { DuckDBConnection } from '@duckdb/node-api';
import { exec } from './sql';

/**
 * Temp tables of what an export holds, on the export's read-only connection:
 * `exchange_units(code, province)` — the chosen units (all of them, or `unit` and everything
 * below it through any version's parent) with the province (root unit) each belongs to;
 * `exchange_subs(id)` — their submissions, every version, of `period` when given.
 */
export async function selectForExport(conn: DuckDBConnection, unit: string | null, period: string | null): Promise<void> {
  await exec(
    conn,
    `create or replace temp table exchange_units as
     with recursive
       chosen(code) as (
         select code from main.units where $1::varchar is null
         union
         select code from main.units where code = $1::varchar
         union
         select child.code from main.units as child join chosen on child.parent_code = chosen.code where $1::varchar is not null
       ),
       up(code, ancestor, depth) as (
         select code, code, 0 from main.units
         union all
         select up.code, parent.parent_code, up.depth + 1
         from up join main.units as parent on parent.code = up.ancestor
         where parent.parent_code is not null and up.depth < 32
       ),
       province as (
         select code, arg_max(ancestor, depth) as province from up group by code
       )
     select distinct chosen.code, province.province
     from chosen join province using (code)`,
    [unit],
  );
  await exec(
    conn,
    `create or replace temp table exchange_subs as
     select s.id from main.submissions as s join exchange_units as u on u.code = s.unit_code
     where $1::varchar is null or s.period = $1::varchar`,
    [period],
  );
}
