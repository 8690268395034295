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
