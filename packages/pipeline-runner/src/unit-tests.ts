import { compileSql } from './compile';
import { ModelUnitTestError, PipelineConfigError } from './errors';
import { modelBody } from './materialize';
import { quoteIdent, sqlLiteral } from './quote';
import type { PlannedModel } from './run-pipeline';
import type { SqlRunner, TestValue, UnitTest } from './types';

type Vars = Record<string, string | number | boolean | null>;

/**
 * Runs one unit test of a model in a scratch schema (`<schema>__unit`, dropped afterwards): each
 * given input becomes a table (or a table macro, for a macro input) with the real input's columns
 * and the given rows; the model's SQL reads those instead; its rows are compared with the expected
 * ones (a multiset, on the columns the expected rows name). Throws ModelUnitTestError.
 */
export async function runUnitTest(
  db: SqlRunner,
  planned: PlannedModel,
  byName: ReadonlyMap<string, PlannedModel>,
  schema: string,
  vars: Vars,
  test: UnitTest,
): Promise<void> {
  const { model } = planned;
  checkInputs(planned, byName, test);
  const scratch = quoteIdent(`${schema}__unit`);
  await db.run(`drop schema if exists ${scratch} cascade`);
  await db.run(`create schema ${scratch}`);
  try {
    const inputs = new Map<string, string>();
    for (const g of test.given) {
      const target = `${scratch}.${quoteIdent(`given__${g.input.replace('.', '__')}`)}`;
      const dep = g.kind === 'ref' ? byName.get(g.input)?.model : undefined;
      const real = g.kind === 'ref' ? `${quoteIdent(schema)}.${quoteIdent(g.input)}` : g.input.split('.').map(quoteIdent).join('.');
      const what = g.kind === 'ref' ? `ref('${g.input}')` : `source('${g.input.replace('.', "', '")}')`;
      // Views and macros only: no rows are written (DuckDB refuses to commit a transaction that
      // wrote to a table it also dropped), and nothing is left to clean but the schema.
      if (dep?.materialized === 'macro') {
        const rows = await typedRows(db, `select * from ${real}(${dep.params.map(() => 'null').join(', ')})`, g.rows, what);
        await db.run(`create macro ${target}(${dep.params.map(quoteIdent).join(', ')}) as table ${rows}`);
      } else {
        await db.run(`create view ${target} as ${await typedRows(db, `select * from ${real}`, g.rows, what)}`);
      }
      inputs.set(g.input, target);
    }
    const body = modelBody(compileSql(model.sql, { schema, vars, file: model.file, inputs }).sql);
    const self = `${scratch}.${quoteIdent(model.name)}`;
    const params = model.params.map(quoteIdent).join(', ');
    const args = model.params.map((p) => literal(test.args[p] ?? null)).join(', ');
    let actual = `select * from (\n${body}\n)`;
    if (model.materialized === 'macro') {
      await db.run(`create macro ${self}(${params}) as table\n${body}`);
      actual = `select * from ${self}(${args})`;
    } else if (model.materialized === 'function') {
      await db.run(`create macro ${self}(${params}) as\n${body}`);
      actual = `select ${self}(${args}) as value`;
    }
    const columns = [...new Set(test.expect.flatMap((r) => Object.keys(r)))];
    const projected = columns.length === 0 ? actual : `select ${columns.map(quoteIdent).join(', ')} from (${actual})`;
    const expected = `${scratch}.${quoteIdent('expected')}`;
    await db.run(`create view ${expected} as ${await typedRows(db, projected, test.expect, 'the expected rows')}`);
    const missing = await differ(db, `select * from ${expected} except all ${projected}`);
    const extra = await differ(db, `${projected} except all select * from ${expected}`);
    if (missing.count > 0 || extra.count > 0) throw new ModelUnitTestError(model.name, test.name, model.file, missing, extra);
  } catch (error: unknown) {
    if (error instanceof ModelUnitTestError) throw error;
    throw new ModelUnitTestError(model.name, test.name, model.file, none, none, error);
  } finally {
    await db.run(`drop schema if exists ${scratch} cascade`);
  }
}

const none = { count: 0, sample: [] };

/** Every table, view and macro the model reads directly is given (functions are pure: used as they are), and nothing else. */
function checkInputs(planned: PlannedModel, byName: ReadonlyMap<string, PlannedModel>, test: UnitTest): void {
  const { model, compiled } = planned;
  const reads = [
    ...compiled.refs.filter((r) => byName.get(r)?.model.materialized !== 'function').map((r) => `ref('${r}')`),
    ...compiled.sources.map((s) => `source('${s.replace('.', "', '")}')`),
  ];
  const given = test.given.map((g) => (g.kind === 'ref' ? `ref('${g.input}')` : `source('${g.input.replace('.', "', '")}')`));
  const missing = reads.filter((r) => !given.includes(r));
  const unread = given.filter((g) => !reads.includes(g));
  if (missing.length > 0 || unread.length > 0) {
    throw new PipelineConfigError(
      `${model.file}: unit test "${test.name}" must give rows for every input the model reads` +
        (missing.length > 0 ? `; not given: ${missing.join(', ')}` : '') +
        (unread.length > 0 ? `; not read by the model: ${unread.join(', ')}` : ''),
      model.file,
    );
  }
}

/** A select of `rows` with the columns and types of `source` (columns not given are null). */
async function typedRows(db: SqlRunner, source: string, rows: readonly Record<string, TestValue>[], what: string): Promise<string> {
  const columns = await db.query<{ column_name: string; column_type: string }>(`describe ${source}`);
  const names = new Set(columns.map((c) => c.column_name));
  const unknown = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !names.has(k));
  if (unknown.length > 0) {
    throw new Error(`${what} has no column ${unknown.map((u) => `"${u}"`).join(', ')} (its columns: ${[...names].join(', ')})`);
  }
  if (rows.length === 0) return `select * from (${source}) limit 0`;
  return rows
    .map(
      (r) =>
        `select ${columns.map((c) => `cast(${literal(r[c.column_name] ?? null)} as ${c.column_type}) as ${quoteIdent(c.column_name)}`).join(', ')}`,
    )
    .join('\nunion all ');
}

async function differ(db: SqlRunner, sql: string): Promise<{ count: number; sample: Record<string, unknown>[] }> {
  const sample = await db.query<Record<string, unknown>>(`select * from (${sql}) limit 5`);
  if (sample.length === 0) return none;
  const [row] = await db.query<{ n: number }>(`select count(*)::double as n from (${sql})`);
  return { count: row?.n ?? sample.length, sample };
}

/** Unit test values are written by the pipeline's author, like `var()` values: rendered as literals. */
function literal(value: TestValue): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  return sqlLiteral(value);
}
