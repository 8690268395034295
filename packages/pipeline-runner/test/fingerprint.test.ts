import { describe, expect, it } from 'vitest';
import { runPipeline } from '../src/run-pipeline';
import { memoryDb, writePipeline } from './helpers';

const files = {
  'models/kinds.sql': "select kind, count(*) as n from {{ source('main', 'items') }} group by kind\n",
  'models/kinds.yml': "materialized: table\nfingerprint: select count(*) from {{ source('main', 'items') }}\n",
  'models/kind_total.sql': "select sum(n) as n from {{ ref('kinds') }}\n",
  'models/kind_total.yml': 'materialized: table\n',
};

describe('fingerprinted tables', () => {
  it('keeps a table whose fingerprint did not change and rebuilds it when it does', async () => {
    const dir = await writePipeline('fp', files);
    const db = await memoryDb();
    await db.run(`create table items (kind varchar); insert into items values ('a'), ('b')`);
    const statuses = async () => (await runPipeline({ db }, { dir })).models.map((m) => `${m.model}:${m.status}`);
    expect(await statuses()).toEqual(['kinds:ok', 'kind_total:ok']);
    expect(await statuses()).toEqual(['kinds:skipped', 'kind_total:ok']);
    await db.run(`insert into items values ('c')`);
    expect(await statuses()).toEqual(['kinds:ok', 'kind_total:ok']);
    expect(await db.query('select n::integer as n from fp.kind_total')).toEqual([{ n: 3 }]);
    // a changed model SQL rebuilds even with the same fingerprint
    const changed = await writePipeline('fp', {
      ...files,
      'models/kinds.sql': "select kind, 2 * count(*) as n from {{ source('main', 'items') }} group by kind\n",
    });
    expect((await runPipeline({ db }, { dir: changed })).models[0]?.status).toBe('ok');
    expect(await db.query('select n::integer as n from fp.kind_total')).toEqual([{ n: 6 }]);
  });
});

describe('views, macros and functions', () => {
  const defs = {
    'models/staging/stg_items.sql': "select kind from {{ source('main', 'items') }}\n",
    'models/marts/by_kind.sql': "select kind, count(*) as n from {{ ref('stg_items') }} where kind = p_kind group by kind\n",
    'models/marts/by_kind.yml': 'materialized: macro\nparams: [p_kind]\n',
    'models/staging/stg_twice.sql': 'x * 2\n',
    'models/staging/stg_twice.yml': 'materialized: function\nparams: [x]\n',
  };
  const statuses = async (db: Awaited<ReturnType<typeof memoryDb>>, dir: string) =>
    (await runPipeline({ db }, { dir })).models.map((m) => `${m.model}:${m.status}`).sort();

  it('are kept while their definition and the source columns are unchanged, and read new rows', async () => {
    const dir = await writePipeline('keep', defs);
    const db = await memoryDb();
    await db.run(`create table items (kind varchar); insert into items values ('a'), ('a')`);
    expect(await statuses(db, dir)).toEqual(['by_kind:ok', 'stg_items:ok', 'stg_twice:ok']);
    await db.run(`insert into items values ('a')`);
    expect(await statuses(db, dir)).toEqual(['by_kind:skipped', 'stg_items:skipped', 'stg_twice:skipped']);
    expect(await db.query(`select n::integer as n, keep.stg_twice(n)::integer as d from keep.by_kind('a')`)).toEqual([{ n: 3, d: 6 }]);
    // a source's columns change (a migration): the views over it are rebuilt, since DuckDB views
    // keep the column types they were created with
    await db.run(`alter table items alter kind type integer using length(kind)`);
    expect(await statuses(db, dir)).toEqual(['by_kind:ok', 'stg_items:ok', 'stg_twice:ok']);
    expect(await db.query(`select kind::integer as kind from keep.stg_items limit 1`)).toEqual([{ kind: 1 }]);
  });

  it('are rebuilt when the schema was dropped', async () => {
    const dir = await writePipeline('gone', defs);
    const db = await memoryDb();
    await db.run(`create table items (kind varchar); insert into items values ('a')`);
    await statuses(db, dir);
    await db.run('drop schema gone cascade');
    expect(await statuses(db, dir)).toEqual(['by_kind:ok', 'stg_items:ok', 'stg_twice:ok']);
    expect(await db.query(`select n::integer as n from gone.by_kind('a')`)).toEqual([{ n: 1 }]);
  });
});
