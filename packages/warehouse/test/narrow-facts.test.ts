import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../src/migrate';
import { openWarehouse } from '../src/index';
import { fixedClock, open, tempDir } from './helpers';

const OLD_COLUMNS = [
  'submission_id',
  'unit_code',
  'period',
  'form',
  'indicator',
  'option',
  'num_value',
  'bool_value',
  'text_value',
  'source_file',
  'source_sheet',
  'source_cell',
  'source_line',
];

const COLUMNS_OF = `
  select column_name as name, data_type as type from information_schema.columns
  where table_schema = 'main' and table_name = $1 order by ordinal_position`;

/** A file database migrated to version 3 (wide `facts` table), then `sql` run on it. */
async function databaseAtVersion3(sql: string): Promise<string> {
  const path = join(await tempDir(), 'v3.duckdb');
  const instance = await DuckDBInstance.create(path);
  const conn = await instance.connect();
  try {
    await migrate(
      conn,
      (await loadMigrations()).filter((m) => m.version <= 3),
      fixedClock(),
    );
    await conn.run(sql);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  return path;
}

const SUBMISSIONS = `
insert into submissions (id, unit_code, period, form, version, supersedes, status, plugin, file_sha256, file_name,
                         sheet, draft_key, uploaded_by, received_at, fact_count)
values (1, 'X01', '2022', 'XA', 1, null, 'accepted', 'csv-long', 'a', 'a.csv', null, 'ka', 'an', '2026-01-01', 0),
       (2, 'X02', '2022', 'XA', 1, null, 'warning', 'excel-form', 'b', 'b.xlsx', 'Biểu', 'kb', 'an', '2026-01-01', 0),
       (3, 'X01', '2022', 'XA', 2, 1, 'accepted', 'csv-long', 'c', 'c.csv', null, 'kc', 'an', '2026-01-02', 0),
       (4, 'X03', '2023', 'MT', 1, null, 'rejected', 'csv-long', 'd', 'd.csv', null, 'kd', 'an', '2026-01-03', 0);`;

// 300,000 facts (more than two 122,880-row groups), the submissions interleaved and the indicators
// out of order, so that any reordering by the copy shows. `expected` keeps them with their rowid.
const FACTS = `
${SUBMISSIONS}
insert into facts
select s.id, s.unit_code, s.period, s.form, 'I' || (hash(i) % 97), case when i % 5 = 0 then 'OPT' || (i % 3) end,
       case when i % 4 < 2 then i * 1.5 end, case when i % 4 = 2 then i % 8 = 2 end, case when i % 4 = 3 then 'văn bản ' || i end,
       s.file_name, s.sheet, case when s.sheet is not null then 'D' || i end, case when s.sheet is null then (i + 2)::integer end
from range(300000) t(i)
join submissions s on s.id = (hash(i * 7) % 4) + 1;
create table expected as select rowid as seq, * from facts;`;

describe('004-narrow-facts', () => {
  it('migrates a version-3 database: the same facts, in the same order, through the facts and current_facts views', async () => {
    const path = await databaseAtVersion3(FACTS);
    const wh = await openWarehouse({ path, clock: fixedClock });
    try {
      expect(wh.appliedMigrations).toContain(4);
      expect(await wh.query('select count(*) as n from fact_values')).toEqual([{ n: 300_000 }]);
      const differing = `
        with e as (select row_number() over (order by seq) as n, * exclude (seq) from expected {where}),
             f as (select row_number() over (order by fact_seq) as n, * exclude (fact_seq) from {view})
        select count(*) as n from e full join f using (n) where e is distinct from f`;
      expect(await wh.query(differing.replace('{where}', '').replace('{view}', 'facts'))).toEqual([{ n: 0 }]);
      // Current: X01's version 2 (id 3) and X02's warning (id 2); the rejected one and version 1 are not.
      const current = differing.replace('{where}', 'where submission_id in (2, 3)').replace('{view}', 'current_facts');
      expect(await wh.query(current)).toEqual([{ n: 0 }]);
      const [first] = await wh.query('select * exclude (seq) from expected order by seq limit 1');
      expect(await wh.query('select * exclude (fact_seq) from facts order by fact_seq limit 1')).toEqual([first]);
      expect(await wh.query("select count(*) as n from duckdb_tables() where table_name = 'facts'")).toEqual([{ n: 0 }]);
    } finally {
      await wh.close();
    }
  });

  it('the facts and current_facts views have the old table columns, names, types and order, plus fact_seq', async () => {
    const path = await databaseAtVersion3('');
    const instance = await DuckDBInstance.create(path);
    const conn = await instance.connect();
    const old = (await conn.runAndReadAll(COLUMNS_OF.replace('$1', "'facts'"))).getRowObjectsJson();
    conn.closeSync();
    instance.closeSync();
    expect(old.map((c) => c.name)).toEqual(OLD_COLUMNS);

    const wh = await openWarehouse({ path, clock: fixedClock });
    try {
      for (const view of ['facts', 'current_facts']) {
        expect(await wh.query(COLUMNS_OF, [view])).toEqual([...old, { name: 'fact_seq', type: 'BIGINT' }]);
      }
    } finally {
      await wh.close();
    }
  });

  it('a fresh database has the same views over fact_values', async () => {
    const wh = await open();
    for (const view of ['facts', 'current_facts']) {
      const columns = await wh.query<{ name: string }>(COLUMNS_OF, [view]);
      expect(columns.map((c) => c.name)).toEqual([...OLD_COLUMNS, 'fact_seq']);
    }
    const values = await wh.query<{ name: string }>(COLUMNS_OF, ['fact_values']);
    expect(values.map((c) => c.name)).toEqual([
      'submission_id',
      'indicator',
      'option',
      'num_value',
      'bool_value',
      'text_value',
      'source_sheet',
      'source_cell',
      'source_line',
    ]);
  });

  it('refuses to migrate facts the views could not show (another file name, no submission), and leaves version 3 as it was', async () => {
    const path = await databaseAtVersion3(`${SUBMISSIONS}
      insert into facts values (1, 'X01', '2022', 'XA', 'I1', null, 1, null, null, 'a.csv', null, null, 2),
                               (1, 'X01', '2022', 'XA', 'I2', null, 2, null, null, 'khac.csv', null, null, 3),
                               (9, 'X09', '2022', 'XA', 'I1', null, 3, null, null, 'x.csv', null, null, 2);`);
    await expect(openWarehouse({ path, clock: fixedClock })).rejects.toMatchObject({
      code: 'MIGRATION_FAILED',
      cause: { cause: { message: expect.stringContaining('Có 2 dòng facts') } },
    });
    const instance = await DuckDBInstance.create(path);
    const conn = await instance.connect();
    const rows = (
      await conn.runAndReadAll('select (select max(version) from schema_migrations) as v, (select count(*) from facts)::integer as n')
    ).getRowObjectsJson();
    conn.closeSync();
    instance.closeSync();
    expect(rows).toEqual([{ v: 3, n: 3 }]);
  });
});
