import { describe, expect, it } from 'vitest';
import { quoteIdent, qualifiedName, WarehouseError, WarehouseQueryError } from '../src/index';
import { open } from './helpers';

describe('query', () => {
  it('returns plain JSON-safe values: bigint → number, decimal → number, dates → ISO strings, json parsed', async () => {
    const wh = await open();
    const [row] = await wh.query(
      `select 42::bigint as big, 9007199254740993::hugeint as huge, 1.25::decimal(10,2) as dec,
         date '2022-06-30' as d, timestamptz '2022-06-30 07:00:00+07' as ts, '{"a":[1,2]}'::json as j,
         ['x', 'y'] as l, [1::bigint, 2::bigint] as bl, null::varchar as n`,
    );
    expect(row).toEqual({
      big: 42,
      huge: '9007199254740993',
      dec: 1.25,
      d: '2022-06-30',
      ts: '2022-06-30T00:00:00.000Z',
      j: { a: [1, 2] },
      l: ['x', 'y'],
      bl: [1, 2],
      n: null,
    });
    expect(() => JSON.stringify(row)).not.toThrow();
  });

  it('binds parameters, including dates and lists, never pasting them into SQL', async () => {
    const wh = await open();
    const evil = "x'; drop table units; --";
    const rows = await wh.query<{ s: string; n: number; t: string; l: string[] }>(
      'select $1 as s, $2 + 1 as n, $3::timestamptz as t, $4::varchar[] as l',
      [evil, 41, new Date('2024-01-02T03:04:05.000Z'), ['a', 'b']],
    );
    expect(rows).toEqual([{ s: evil, n: 42, t: '2024-01-02T03:04:05.000Z', l: ['a', 'b'] }]);
    expect(await wh.query('select count(*) as n from units')).toEqual([{ n: 0 }]);
  });

  it('wraps a failing statement with its SQL and a stable code', async () => {
    const wh = await open();
    const error = await wh.query('select * from no_such_table').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WarehouseQueryError);
    expect((error as WarehouseQueryError).code).toBe('QUERY_FAILED');
    expect((error as WarehouseQueryError).sql).toContain('no_such_table');
    expect((error as Error).message).toMatch(/^Truy vấn cơ sở dữ liệu thất bại/);
  });

  it('quotes identifiers', () => {
    expect(quoteIdent('facts')).toBe('"facts"');
    expect(quoteIdent('a "b"')).toBe('"a ""b"""');
    expect(qualifiedName('rollup', 'figures')).toBe('"rollup"."figures"');
    expect(() => quoteIdent('')).toThrow(TypeError);
  });
});

describe('write', () => {
  it('commits what the callback did and returns its value', async () => {
    const wh = await open();
    const n = await wh.write(async (tx) => {
      await tx.run('create table t (a integer)');
      return tx.run('insert into t values (1), (2)');
    });
    expect(n).toBe(2);
    expect(await wh.query('select sum(a) as s from t')).toEqual([{ s: 2 + 1 }]);
  });

  it('rolls back when the callback throws, and rethrows the same error', async () => {
    const wh = await open();
    await wh.write((tx) => tx.run('create table t (a integer)'));
    const boom = new Error('boom');
    await expect(
      wh.write(async (tx) => {
        await tx.run('insert into t values (1)');
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await wh.query('select count(*) as n from t')).toEqual([{ n: 0 }]);
    await wh.write((tx) => tx.run('insert into t values (7)'));
    expect(await wh.query('select a from t')).toEqual([{ a: 7 }]);
  });

  it('answers reads while a write is open, showing only committed rows', async () => {
    const wh = await open();
    await wh.write((tx) => tx.run('create table t (a integer)'));
    let unblock!: () => void;
    const gate = new Promise<void>((resolve) => (unblock = resolve));
    let inserted!: () => void;
    const insertedOnce = new Promise<void>((resolve) => (inserted = resolve));
    const writing = wh.write(async (tx) => {
      await tx.run('insert into t values (1)');
      expect(await tx.query('select count(*) as n from t')).toEqual([{ n: 1 }]);
      inserted();
      await gate;
    });
    await insertedOnce;
    expect(await wh.query('select count(*) as n from t')).toEqual([{ n: 0 }]);
    unblock();
    await writing;
    expect(await wh.query('select count(*) as n from t')).toEqual([{ n: 1 }]);
  });

  it('runs writes one after another in call order', async () => {
    const wh = await open();
    await wh.write((tx) => tx.run('create table t (i integer)'));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        wh.write(async (tx) => {
          const [{ n } = { n: -1 }] = await tx.query<{ n: number }>('select count(*) as n from t');
          await new Promise((resolve) => setTimeout(resolve, i % 3));
          await tx.run('insert into t values ($1)', [n]);
        }),
      ),
    );
    const rows = await wh.query<{ i: number }>('select i from t order by i');
    expect(rows.map((r) => r.i)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('refuses a write nested inside another one instead of deadlocking', async () => {
    const wh = await open();
    const error = await wh
      .write(() => wh.write(async () => 1))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(WarehouseError);
    expect((error as WarehouseError).code).toBe('WAREHOUSE_NESTED_WRITE');
  });

  it('rows appended with the Appender are part of the transaction and vanish on rollback', async () => {
    const wh = await open();
    await wh.write((tx) => tx.run('create table t (i integer)'));
    await expect(
      wh.write(async (tx) => {
        const appender = await tx.appender('t');
        for (let i = 0; i < 5000; i += 1) {
          appender.appendInteger(i);
          appender.endRow();
        }
        appender.closeSync();
        expect(await tx.query('select count(*) as n from t')).toEqual([{ n: 5000 }]);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await wh.query('select count(*) as n from t')).toEqual([{ n: 0 }]);
  });

  it('throws WAREHOUSE_CLOSED after close', async () => {
    const wh = await open();
    await wh.close();
    await expect(wh.query('select 1')).rejects.toMatchObject({ code: 'WAREHOUSE_CLOSED' });
  });
});
