import { join } from 'node:path';
import type { Warehouse } from '@tonghop/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportParquet, importParquet } from '../src/index';
import { buildProvince, clock, openProvinceDb, tempDir } from './world';

let a: Warehouse;
let nat: Warehouse;

beforeAll(async () => {
  [a, nat] = await Promise.all([openProvinceDb(), openProvinceDb()]);
  await buildProvince(a, '68', 1);
  // A second version of 68X2 from 2025-07-01 (renamed, moved under the province) and a crosswalk link.
  await a.write(async (tx) => {
    await tx.run(`update units set valid_to = date '2025-06-30' where code = '68X2'`);
    await tx.run(`insert into units values ('68X2', 'Phường mới 68X2', 'xa', '68', date '2025-07-01', null)`);
    await tx.run(`insert into unit_groups values ('68X2', date '2025-07-01', 'loai', 'phuong')`);
    await tx.run(`insert into unit_links values ('xa', '68X1', '68X2', 'full', date '2025-07-01', timestamptz '2026-01-01 00:00:00+00')`);
  });
});
afterAll(async () => {
  await Promise.all([a.close(), nat.close()]);
});

const units = (wh: Warehouse) =>
  wh.query(
    `select u.*, (select list(key || ':' || value order by key) from unit_groups g where g.unit_code = u.code and g.valid_from is not distinct from u.valid_from) as groups
     from units u order by code, valid_from nulls first`,
  );

describe('unit versions and the crosswalk', () => {
  it('travel through an export and an import unchanged', async () => {
    const { dir, manifest } = await exportParquet(a, { out: join(await tempDir(), 'v'), clock });
    expect(manifest.counts).toMatchObject({ units: 6, crosswalk: 1 });
    const r = await importParquet(nat, dir, { actor: 'test', clock });
    expect(r.units).toEqual({ new: 5, updated: 0, same: 0 });
    expect(await units(nat)).toEqual(await units(a));
    expect(await nat.query('select * exclude (imported_at) from unit_links')).toEqual(
      await a.query('select * exclude (imported_at) from unit_links'),
    );
  });
});
