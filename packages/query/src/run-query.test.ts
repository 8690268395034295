import { openWorld, run, submit, unit } from '@tonghop/figures/testing';
import type { Warehouse } from '@tonghop/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_ERROR_CODES, type QueryErrorCode } from './errors';
import { toCsv, toRowObjects, toTable } from './format';
import { runReadOnlyQuery } from './run-query';

let wh: Warehouse;

beforeAll(async () => {
  wh = await openWorld();
  await wh.importUnits([unit('T1', 'tinh', null), unit('X1', 'xa', 'T1'), unit('X2', 'xa', 'T1')], 'test');
  await submit(wh, { unit: 'X1', period: '2022S1', form: 'XA', values: { TCD_LUOT: 5 } });
  await submit(wh, { unit: 'X2', period: '2022S1', form: 'XA', values: { TCD_LUOT: 7 } });
  await run(wh);
});
afterAll(() => wh.close());

async function refusedWith(sql: string): Promise<{ code: QueryErrorCode; message: string }> {
  const error = await runReadOnlyQuery(wh, sql).then(
    () => null,
    (e: unknown) => e as { code: QueryErrorCode; message: string },
  );
  if (error === null) throw new Error(`not refused: ${sql}`);
  return error;
}

const counts = async () =>
  wh.query<{ s: number; f: number; u: number }>(
    'select (select count(*) from submissions) as s, (select count(*) from fact_values) as f, (select count(*) from units) as u',
  );

describe('runReadOnlyQuery', () => {
  it('reads warehouse tables and pipeline models, bigints as numbers', async () => {
    const r = await runReadOnlyQuery(
      wh,
      `select s.unit_code, sum(f.num_value)::bigint as total, count(*) as n
       from fact_values f join submissions s on s.id = f.submission_id group by 1 order by 1`,
    );
    expect(r.columns.map((c) => c.name)).toEqual(['unit_code', 'total', 'n']);
    expect(r.rows).toEqual([
      ['X1', 5, 1],
      ['X2', 7, 1],
    ]);
    expect(JSON.stringify(toRowObjects(r))).toBe('[{"unit_code":"X1","total":5,"n":1},{"unit_code":"X2","total":7,"n":1}]');
    const fig = await runReadOnlyQuery(
      wh,
      `select value from rollup.figures('T1', '2022S1', null, null) where indicator = 'TCD_LUOT' and option is null`,
    );
    expect(fig.rows).toEqual([[12]]);
  });

  it('prints an unsafe bigint as a string, never throws', async () => {
    const r = await runReadOnlyQuery(wh, 'select 9007199254740993::bigint as big, 1::hugeint as small');
    expect(r.rows).toEqual([['9007199254740993', 1]]);
  });

  it('formats csv and table', async () => {
    const r = await runReadOnlyQuery(wh, `select 'a,"b"' as t, 3 as n, null as z`);
    expect(toCsv(r)).toBe('t,n,z\r\n"a,""b""",3,\r\n');
    expect(toTable(r)).toBe('t      n     z\n-----  -  ----\na,"b"  3  NULL\n(1 dòng)\n');
  });

  it('accepts DESCRIBE, SHOW, SUMMARIZE and the catalog functions', async () => {
    expect((await runReadOnlyQuery(wh, 'describe units')).rows.length).toBeGreaterThan(3);
    expect((await runReadOnlyQuery(wh, 'show tables')).rows.length).toBeGreaterThan(3);
    expect((await runReadOnlyQuery(wh, 'select count(*) from duckdb_tables()')).rows.length).toBe(1);
  });

  it('cuts at maxRows', async () => {
    const r = await runReadOnlyQuery(wh, 'select * from range(10000)', { maxRows: 5 });
    expect(r.rows.length).toBe(5);
    expect(r.truncated).toBe(true);
  });

  it.each([
    ["insert into units (code, name, type) values ('Z', 'Z', 'xa')", 'INSERT'],
    ["update units set name = 'x'", 'UPDATE'],
    ['delete from fact_values', 'DELETE'],
    ['create table t (a int)', 'CREATE'],
    ['drop table units', 'DROP'],
    ['alter table units add column z int', 'ALTER'],
    ["copy units to '/tmp/tonghop-query-test.csv'", 'COPY'],
    ["attach ':memory:' as other", 'ATTACH'],
    ['pragma threads = 1', 'PRAGMA'],
    ['set threads = 1', 'SET'],
    ['checkpoint', 'CHECKPOINT'],
    ["pragma table_info('units')", 'PRAGMA'],
    ['install parquet', 'INSTALL'],
    ['begin transaction', 'BEGIN'],
    ["export database '/tmp/tonghop-query-export'", 'EXPORT'],
  ])('refuses a statement that writes: %s', async (sql, word) => {
    const before = await counts();
    const e = await refusedWith(sql);
    expect(e.code).toBe(QUERY_ERROR_CODES.QUERY_NOT_READ_ONLY);
    expect(e.message).toContain(word);
    expect(e.message).toMatch(/chỉ chạy câu lệnh đọc/);
    expect(await counts()).toEqual(before);
    expect((await wh.query<{ v: string }>(`select current_setting('threads')::varchar as v`))[0]?.v).not.toBe('1');
  });

  it('refuses a write hidden in a select (a sequence), changing nothing', async () => {
    const e = await refusedWith("select nextval('submission_id_seq')");
    expect(e.code).toBe(QUERY_ERROR_CODES.QUERY_NOT_READ_ONLY);
  });

  it('refuses two statements and runs neither', async () => {
    const before = await counts();
    const e = await refusedWith('select 1; delete from fact_values');
    expect(e.code).toBe(QUERY_ERROR_CODES.QUERY_SEVERAL_STATEMENTS);
    expect(e.message).toBe('Có 2 câu lệnh; tonghop query chỉ chạy một câu lệnh SELECT mỗi lần. Không câu nào được chạy.');
    expect(await counts()).toEqual(before);
  });

  it('names a missing table', async () => {
    const e = await refusedWith('select * from khong_co');
    expect(e.code).toBe(QUERY_ERROR_CODES.QUERY_NOT_FOUND);
    expect(e.message).toMatch(/^Không có bảng hoặc mô hình "khong_co"/);
  });

  it('refuses files outside the database', async () => {
    for (const sql of [
      "select * from read_csv('/etc/hostname')",
      "select * from '/etc/hostname'",
      "select * from glob('/*')",
      "from query('select 1')",
    ]) {
      expect((await refusedWith(sql)).code, sql).toBe(QUERY_ERROR_CODES.QUERY_OUTSIDE_DATABASE);
    }
    expect((await refusedWith("select 1 where exists (select * from read_text('/etc/hostname'))")).code).toBe(
      QUERY_ERROR_CODES.QUERY_OUTSIDE_DATABASE,
    );
  });

  it('refuses the token hashes, however the table is reached', async () => {
    for (const sql of [
      'select * from tokens',
      'select token_hash from main.tokens',
      'select * from users join tokens using (user_id)',
      'with t as (select * from "TOKENS") select count(*) from t',
      'select (select count(*) from tokens) as n',
    ]) {
      expect((await refusedWith(sql)).code, sql).toBe(QUERY_ERROR_CODES.QUERY_SECRET_TABLE);
    }
    expect((await refusedWith('select * from tokens')).message).toContain('tonghop users list');
  });

  it('refuses bad syntax and an empty text', async () => {
    expect((await refusedWith('selec 1')).code).toBe(QUERY_ERROR_CODES.QUERY_SYNTAX);
    expect((await refusedWith('  -- nothing\n')).code).toBe(QUERY_ERROR_CODES.QUERY_EMPTY);
  });
});
