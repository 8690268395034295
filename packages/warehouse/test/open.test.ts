import { join } from 'node:path';
import { catalog, categoryOptions } from '@tonghop/core';
import { describe, expect, it } from 'vitest';
import { loadMigrations, openWarehouse } from '../src/index';
import { fixedClock, open, tempDir } from './helpers';

describe('openWarehouse', () => {
  it('applies every migration once, recorded in schema_migrations', async () => {
    const migrations = await loadMigrations();
    // Numbers are assigned per branch (005, 006, 007 …), so there may be gaps; the order is strict.
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    const wh = await open();
    expect(wh.appliedMigrations).toEqual(migrations.map((m) => m.version));
    const rows = await wh.query<{ version: number; name: string }>('select version, name from schema_migrations order by version');
    expect(rows).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })));
  });

  it('mirrors the core catalog into indicators and category_options on every open', async () => {
    const dir = await tempDir();
    const path = join(dir, 'wh.duckdb');
    const first = await openWarehouse({ path, clock: fixedClock });
    expect(await first.query('select count(*) as n from indicators')).toEqual([{ n: catalog.length }]);
    expect(await first.query('select count(*) as n from category_options')).toEqual([{ n: categoryOptions.length }]);
    const sample = catalog[0];
    if (!sample) throw new Error('empty catalog');
    const [row] = await first.query('select forms, label_vi from indicators where code = $1', [sample.code]);
    expect(row).toEqual({ forms: sample.forms, label_vi: sample.label });
    await first.write((tx) => tx.run('delete from indicators'));
    await first.close();
    const second = await openWarehouse({ path, clock: fixedClock });
    expect(await second.query('select count(*) as n from indicators')).toEqual([{ n: catalog.length }]);
    await second.close();
  });

  it('a file database survives close and reopen, and migrations are not applied again', async () => {
    const dir = await tempDir();
    const path = join(dir, 'wh.duckdb');
    const first = await openWarehouse({ path, clock: fixedClock });
    expect(first.appliedMigrations.length).toBeGreaterThan(0);
    await first.audit({ actor: 'an', action: 'test.write', detail: { n: 1 } });
    await first.close();
    const second = await openWarehouse({ path, clock: fixedClock });
    expect(second.appliedMigrations).toEqual([]);
    const rows = await second.query('select actor, action, detail from audit_log');
    expect(rows).toEqual([{ actor: 'an', action: 'test.write', detail: { n: 1 } }]);
    const migrations = await second.query<{ n: number }>('select count(*) as n from schema_migrations');
    expect(migrations[0]?.n).toBe((await loadMigrations()).length);
    await second.close();
  });

  it('a second open of the same file in this process shares the instance and the writer queue', async () => {
    const dir = await tempDir();
    const path = join(dir, 'wh.duckdb');
    const [a, b] = await Promise.all([openWarehouse({ path, clock: fixedClock }), openWarehouse({ path, clock: fixedClock })]);
    await a.write((tx) => tx.run('create table t (who varchar)'));
    // The writer queue is shared: b's write waits for a's open transaction.
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = a.write(async (tx) => {
      await tx.run("insert into t values ('a')");
      await gate;
      order.push('a');
    });
    const second = b.write(async (tx) => {
      order.push('b');
      return tx.query<{ n: number }>('select count(*) as n from t');
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(order).toEqual([]);
    release();
    await first;
    expect(await second).toEqual([{ n: 1 }]);
    expect(order).toEqual(['a', 'b']);
    await a.close();
    expect(await b.query('select who from t')).toEqual([{ who: 'a' }]);
    await b.close();
    const c = await openWarehouse({ path, clock: fixedClock });
    expect(await c.query('select count(*) as n from t')).toEqual([{ n: 1 }]);
    await c.close();
  });

  it(':memory: opens are independent databases and get a temp blob folder when none is given', async () => {
    const a = await openWarehouse({ path: ':memory:', clock: fixedClock });
    const b = await openWarehouse({ path: ':memory:', clock: fixedClock });
    await a.write((tx) => tx.run('create table only_in_a (x integer)'));
    await expect(b.query('select * from only_in_a')).rejects.toMatchObject({ code: 'QUERY_FAILED' });
    expect(a.blobs.dir).not.toBe(b.blobs.dir);
    expect(a.blobs.dir).toContain('tonghop-blobs-');
    await a.close();
    await b.close();
  });

  it('the default blob folder sits beside the database file', async () => {
    const dir = await tempDir();
    const wh = await openWarehouse({ path: join(dir, 'x.duckdb'), clock: fixedClock });
    expect(wh.blobs.dir).toBe(join(dir, 'x.duckdb.files'));
    await wh.close();
  });
});
