import { createHash } from 'node:crypto';
import { compileSql } from './compile';
import type { PlannedModel } from './run-pipeline';
import type { SqlRunner } from './types';

const CREATE = `create table if not exists main.pipeline_fingerprints (
  pipeline varchar not null,
  model    varchar not null,
  key      varchar not null,
  primary key (pipeline, model)
)`;

/**
 * The key that decides whether a fingerprinted table can be kept: its fingerprint value and the
 * compiled SQL of the model and of every model it refs, transitively. Null when the model has none.
 */
export async function fingerprintKey(
  db: SqlRunner,
  planned: PlannedModel,
  byName: ReadonlyMap<string, PlannedModel>,
  schema: string,
  vars: Record<string, string | number | boolean | null>,
): Promise<string | null> {
  const { model } = planned;
  if (model.fingerprint === null) return null;
  const sql = compileSql(model.fingerprint.trim(), { schema, vars, file: model.file }).sql;
  const rows = await db.query<{ fp: string | null }>(`select (${sql})::varchar as fp`);
  const hash = createHash('sha256').update(String(rows[0]?.fp ?? ''));
  for (const name of [model.name, ...upstream(planned, byName)].sort()) hash.update(`\0${name}\0${byName.get(name)?.compiled.sql ?? ''}`);
  return hash.digest('hex');
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

export async function storedKey(db: SqlRunner, pipeline: string, model: string): Promise<string | null> {
  await db.run(CREATE);
  const rows = await db.query<{ key: string }>(`select key from main.pipeline_fingerprints where pipeline = $1 and model = $2`, [
    pipeline,
    model,
  ]);
  return rows[0]?.key ?? null;
}

export async function storeKey(db: SqlRunner, pipeline: string, model: string, key: string): Promise<void> {
  await db.run(CREATE);
  await db.run(`insert or replace into main.pipeline_fingerprints values ($1, $2, $3)`, [pipeline, model, key]);
}

export async function tableExists(db: SqlRunner, schema: string, name: string): Promise<boolean> {
  const rows = await db.query(`select 1 from duckdb_tables() where schema_name = $1 and table_name = $2`, [schema, name]);
  return rows.length > 0;
}
