import { createHash } from 'node:crypto';
import { compileSql } from './compile';
import { quoteIdent } from './quote';
import type { PlannedModel } from './run-pipeline';
import type { Materialization, SqlRunner } from './types';

const CREATE = `create table if not exists main.pipeline_fingerprints (
  pipeline varchar not null,
  model    varchar not null,
  key      varchar not null,
  primary key (pipeline, model)
)`;

/** What a run needs to decide which models to keep, read in four cheap queries at its start. */
export interface KeepState {
  /** The key each model was last built under (`main.pipeline_fingerprints`), `<kind>:<hash>`. */
  stored: Map<string, string>;
  /**
   * The kinds of object under each name in the schema: views and tables as listed by DuckDB;
   * macros and functions as recorded in their stored key (`duckdb_functions()` costs 20–100 ms,
   * the rest ~2 ms), and none when the schema did not exist before the run.
   */
  objects: Map<string, Set<Materialization>>;
  /** The columns of every table and view outside the schema: a changed source rebuilds views and macros. */
  sources: string;
}

export async function loadKeepState(db: SqlRunner, schema: string): Promise<KeepState> {
  await db.run(CREATE);
  const [existed] = await db.query<{ n: number }>(`select count(*)::integer as n from duckdb_schemas() where schema_name = $1`, [schema]);
  await db.run(`create schema if not exists ${quoteIdent(schema)}`);
  const stored = new Map<string, string>();
  const byName = new Map<string, Set<Materialization>>();
  const add = (name: string, kind: Materialization) => byName.set(name, (byName.get(name) ?? new Set()).add(kind));
  if ((existed?.n ?? 0) > 0) {
    const keys = await db.query<{ model: string; key: string }>(`select model, key from main.pipeline_fingerprints where pipeline = $1`, [
      schema,
    ]);
    for (const { model, key } of keys) {
      stored.set(model, key);
      const kind = key.slice(0, key.indexOf(':'));
      if (kind === 'macro' || kind === 'function') add(model, kind);
    }
    const objects = await db.query<{ name: string; kind: Materialization }>(
      `select view_name as name, 'view' as kind from duckdb_views() where schema_name = $1 and not internal
       union all select table_name, 'table' from duckdb_tables() where schema_name = $1`,
      [schema],
    );
    for (const o of objects) add(o.name, o.kind);
  }
  const [sources] = await db.query<{ sig: string | null }>(
    `select count(*) || ':' || coalesce(sum(hash(schema_name, table_name, column_index, column_name, data_type)), 0) as sig
       from duckdb_columns()
      where schema_name <> $1 and not (schema_name = 'main' and table_name in ('pipeline_runs', 'pipeline_fingerprints'))`,
    [schema],
  );
  return { stored, objects: byName, sources: sources?.sig ?? '' };
}

/**
 * The key that decides whether a model can be kept as it is:
 * - a view, macro or function holds no data: its key is its definition, the SQL of every model it
 *   refs (transitively) and the source tables' columns;
 * - a table with a `fingerprint`: the fingerprint's value and the SQL of the model and its upstream;
 * - a table without one: null (always rebuilt).
 */
export async function modelKey(
  db: SqlRunner,
  planned: PlannedModel,
  byName: ReadonlyMap<string, PlannedModel>,
  schema: string,
  vars: Record<string, string | number | boolean | null>,
  state: KeepState,
): Promise<string | null> {
  const { model } = planned;
  const hash = createHash('sha256').update(`${model.materialized}\0${model.params.join(',')}\0`);
  if (model.materialized === 'table') {
    if (model.fingerprint === null) return null;
    const sql = compileSql(model.fingerprint.trim(), { schema, vars, file: model.file }).sql;
    const rows = await db.query<{ fp: string | null }>(`select (${sql})::varchar as fp`);
    hash.update(String(rows[0]?.fp ?? ''));
  } else {
    hash.update(state.sources);
  }
  for (const name of [model.name, ...upstream(planned, byName)].sort()) hash.update(`\0${name}\0${byName.get(name)?.compiled.sql ?? ''}`);
  return `${model.materialized}:${hash.digest('hex')}`;
}

/** Every model `planned` refs, transitively. */
export function upstream(planned: PlannedModel, byName: ReadonlyMap<string, PlannedModel>): Set<string> {
  const seen = new Set<string>();
  const stack = [...planned.compiled.refs];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    stack.push(...(byName.get(name)?.compiled.refs ?? []));
  }
  return seen;
}

/** Stores the keys of the models built in this run, in one statement. */
export async function storeKeys(db: SqlRunner, pipeline: string, keys: ReadonlyMap<string, string>): Promise<void> {
  if (keys.size === 0) return;
  const rows = [...keys];
  const marks = rows.map((_, i) => `($1, $${2 * i + 2}, $${2 * i + 3})`).join(', ');
  await db.run(`insert or replace into main.pipeline_fingerprints values ${marks}`, [pipeline, ...rows.flat()]);
}
