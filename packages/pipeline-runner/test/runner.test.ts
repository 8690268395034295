import { describe, expect, it } from 'vitest';
import { ModelQueryError, ModelTestError, PipelineConfigError, PipelineCycleError } from '../src/errors';
import { listRuns } from '../src/run-log';
import { planPipeline, runPipeline } from '../src/run-pipeline';
import { fixedClock, memoryDb, writePipeline } from './helpers';

const base = {
  'models/staging/stg_items.sql': "with src as (\n  select * from {{ source('main', 'items') }}\n)\nselect id, kind, qty from src\n",
  'models/staging/stg_items.yml':
    'description: items\nmaterialized: view\ncolumns:\n  - name: id\n    tests: [not_null, unique]\n  - name: kind\n    tests:\n      - accepted_values: { values: [a, b] }\n',
  'models/marts/by_kind.sql':
    "with items as (select * from {{ ref('stg_items') }})\nselect kind, sum(qty) as qty, {{ var('tag') }} as tag from items group by kind\n",
  'models/marts/by_kind.yml':
    'materialized: table\ncolumns:\n  - name: qty\n    tests:\n      - expression: "qty >= 0"\ntests:\n  - name: two_kinds\n    sql: select 1 from {{ this }} having count(*) <> 2\n  - unique_combination: [kind, tag]\n',
  'models/marts/kind_of.sql': "select * from {{ ref('by_kind') }} where kind = p_kind\n",
  'models/marts/kind_of.yml': 'materialized: macro\nparams: [p_kind]\n',
};

async function withItems(rows: string) {
  const db = await memoryDb();
  await db.run(`create table items (id integer, kind varchar, qty integer); insert into items values ${rows}`);
  return db;
}

describe('runPipeline', () => {
  it('orders models by ref(), materialises them and logs per-model timings', async () => {
    const dir = await writePipeline('shop', base);
    const plan = await planPipeline(dir, { tag: 'x' });
    expect(plan.models.map((m) => m.model.name)).toEqual(['stg_items', 'by_kind', 'kind_of']);
    const db = await withItems("(1, 'a', 2), (2, 'a', 3), (3, 'b', 4)");
    const run = await runPipeline({ db, clock: fixedClock }, { dir, vars: { tag: 'x' } });
    expect(run.status).toBe('success');
    expect(run.models.map((m) => [m.model, m.status, m.tests])).toEqual([
      ['stg_items', 'ok', 3],
      ['by_kind', 'ok', 3],
      ['kind_of', 'ok', 0],
    ]);
    expect(await db.query(`select * from shop.kind_of('a')`)).toEqual([{ kind: 'a', qty: 5, tag: 'x' }]);
    const tables = await db.query<{ t: string }>(
      `select table_type as t from information_schema.tables where table_schema = 'shop' order by table_name`,
    );
    expect(tables.map((t) => t.t)).toEqual(['BASE TABLE', 'VIEW']);
    const runs = await listRuns(db);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ pipeline: 'shop', status: 'success', startedAt: '2026-01-15T03:00:00.000Z' });
    expect(runs[0]?.models.map((m) => m.model)).toEqual(['stg_items', 'by_kind', 'kind_of']);
  });

  it('switches a model from view to table and back on re-runs', async () => {
    const dir = await writePipeline('shop', { ...base, 'models/staging/stg_items.yml': 'materialized: table\n' });
    const db = await withItems("(1, 'a', 2), (2, 'b', 3)");
    await runPipeline({ db }, { dir, vars: { tag: 1 } });
    const dir2 = await writePipeline('shop', base);
    await runPipeline({ db }, { dir: dir2, vars: { tag: 1 } });
    const [row] = await db.query<{ t: string }>(
      `select table_type as t from information_schema.tables where table_schema = 'shop' and table_name = 'stg_items'`,
    );
    expect(row?.t).toBe('VIEW');
  });

  it('names the failing model and the line:column of the SQL error in its file', async () => {
    const dir = await writePipeline('shop', {
      ...base,
      'models/marts/by_kind.sql':
        "with items as (select * from {{ ref('stg_items') }})\nselect kind,\n  sum(qtty) as qty from items group by kind\n",
    });
    const db = await withItems("(1, 'a', 2)");
    const error = await runPipeline({ db }, { dir, vars: { tag: 1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelQueryError);
    const e = error as ModelQueryError;
    expect([e.code, e.model, e.file, e.line, e.column]).toEqual(['PIPELINE_MODEL_FAILED', 'by_kind', 'models/marts/by_kind.sql', 3, 7]);
    expect(e.message).toContain('models/marts/by_kind.sql:3:7');
    const [run] = await listRuns(db);
    expect(run).toMatchObject({ status: 'failed', error: { code: 'PIPELINE_MODEL_FAILED', model: 'by_kind' } });
  });

  it('maps the column back through a ref() that comes before the error on the line', async () => {
    const dir = await writePipeline('shop', {
      ...base,
      'models/marts/by_kind.sql': "select kind, 1 as qty, 1 as tag from {{ ref('stg_items') }} where nope = 1\n",
    });
    const db = await withItems("(1, 'a', 2)");
    const e = (await runPipeline({ db }, { dir, vars: { tag: 1 } }).catch((x: unknown) => x)) as ModelQueryError;
    expect([e.line, e.column]).toEqual([1, "select kind, 1 as qty, 1 as tag from {{ ref('stg_items') }} where ".length + 1]);
  });

  it('keeps the previous models when a run fails (one transaction)', async () => {
    const dir = await writePipeline('shop', base);
    const db = await withItems("(1, 'a', 2), (2, 'b', 3)");
    await runPipeline({ db }, { dir, vars: { tag: 1 } });
    await db.run(`insert into items values (3, 'c', 1)`);
    await expect(runPipeline({ db }, { dir, vars: { tag: 1 } })).rejects.toBeInstanceOf(ModelTestError);
    expect(await db.query(`select count(*)::int as n from shop.by_kind`)).toEqual([{ n: 2 }]);
  });

  it.each([
    ['not_null', "(null, 'a', 1), (2, 'b', 1)", 'stg_items', 'id'],
    ['unique', "(1, 'a', 1), (1, 'b', 1)", 'stg_items', 'id'],
    ['accepted_values', "(1, 'a', 1), (2, 'z', 1)", 'stg_items', 'kind'],
    ['expression(qty >= 0)', "(1, 'a', -5), (2, 'b', 1)", 'by_kind', 'qty'],
    ['two_kinds', "(1, 'a', 1), (2, 'a', 1)", 'by_kind', null],
  ])('fails the %s test with the model, test and column', async (test, rows, model, column) => {
    const dir = await writePipeline('shop', base);
    const db = await withItems(rows);
    const e = (await runPipeline({ db }, { dir, vars: { tag: 1 } }).catch((x: unknown) => x)) as ModelTestError;
    expect(e).toBeInstanceOf(ModelTestError);
    expect([e.code, e.model, e.test, e.column, e.failures]).toEqual(['PIPELINE_TEST_FAILED', model, test, column, 1]);
  });

  it('fails a unique_combination test', async () => {
    const dir = await writePipeline('shop', {
      ...base,
      'models/marts/by_kind.yml': 'materialized: table\ntests:\n  - unique_combination: [tag]\n',
    });
    const db = await withItems("(1, 'a', 1), (2, 'b', 1)");
    const e = (await runPipeline({ db }, { dir, vars: { tag: 1 } }).catch((x: unknown) => x)) as ModelTestError;
    expect([e.test, e.failures]).toEqual(['unique_combination(tag)', 1]);
  });

  it('detects a cycle and names it', async () => {
    const dir = await writePipeline('loop', {
      'models/a.sql': "select * from {{ ref('c') }}",
      'models/b.sql': "select * from {{ ref('a') }}",
      'models/c.sql': "select * from {{ ref('b') }}",
    });
    const e = (await planPipeline(dir).catch((x: unknown) => x)) as PipelineCycleError;
    expect(e).toBeInstanceOf(PipelineCycleError);
    expect([e.code, e.cycle]).toEqual(['PIPELINE_CYCLE', ['a', 'c', 'b', 'a']]);
  });

  it('refuses an unknown ref, a missing var and a bad materialization', async () => {
    const unknown = await writePipeline('p', { 'models/a.sql': "select * from {{ ref('nope') }}" });
    await expect(planPipeline(unknown)).rejects.toThrow(/ref\('nope'\) names no model/);
    const noVar = await writePipeline('p', { 'models/a.sql': "select {{ var('x') }} as x" });
    await expect(planPipeline(noVar)).rejects.toBeInstanceOf(PipelineConfigError);
    const withDefault = await writePipeline('p', { 'models/a.sql': "select {{ var('x', 'd') }} as x" });
    expect((await planPipeline(withDefault)).models[0]?.compiled.sql).toBe("select 'd' as x");
    const bad = await writePipeline('p', { 'models/a.sql': 'select 1', 'models/a.yml': 'materialized: incremental\n' });
    await expect(planPipeline(bad)).rejects.toThrow(/materialized must be one of/);
  });
});
