import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Warehouse } from '@tonghop/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXCHANGE_ERROR_CODES, exportParquet, type ExportManifest } from '../src/index';
import { buildProvince, clock, openProvinceDb, tempDir } from './world';

let wh: Warehouse;
let dir: string;
let manifest: ExportManifest;

beforeAll(async () => {
  wh = await openProvinceDb();
  await buildProvince(wh, '68', 1);
  dir = join(await tempDir(), 'out');
  manifest = (await exportParquet(wh, { out: dir, clock })).manifest;
});
afterAll(() => wh.close());

/** What DuckDB reads back from the export, the way an analyst would. */
const readBack = (table: string, order: string) =>
  wh.query(`select * exclude (province) from read_parquet($1, hive_partitioning = true) order by ${order}`, [
    `${dir}/${table}/**/*.parquet`,
  ]);

describe('exportParquet', () => {
  it('writes a manifest with the instance, time, counts and schema version', async () => {
    const [instance] = await wh.query<{ id: string }>('select id from exchange_instance');
    expect(manifest).toMatchObject({
      format: 'tonghop-parquet',
      schema_version: 1,
      instance: { id: instance?.id, name: 'Tỉnh 68' },
      exported_at: '2026-12-01T03:00:00.000Z',
      selection: { unit: null, period: null },
      provinces: ['68'],
      counts: { units: 5, crosswalk: 0, submissions: 6, validation: 0, facts: 11 },
    });
    expect(manifest.counts.figures).toBeGreaterThan(0);
    expect(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'))).toEqual(manifest);
  });

  it('is Hive-partitioned by province and period', async () => {
    expect((await readdir(dir)).sort()).toEqual(['crosswalk', 'facts', 'figures', 'manifest.json', 'submissions', 'units', 'validation']);
    expect(await readdir(join(dir, 'units'))).toEqual(['province=68']);
    expect((await readdir(join(dir, 'facts', 'province=68'))).sort()).toEqual(['period=2022S1', 'period=2022S2']);
  });

  it('reads back in DuckDB equal to the database', async () => {
    expect(await readBack('submissions', 'id')).toEqual(
      await wh.query(
        `select s.id, s.unit_code, s.period, s.form, s.version, s.supersedes, s.status, s.plugin, s.file_sha256, s.file_name,
                f.size as file_size, f.stored_at as file_stored_at, s.sheet, s.draft_key, s.uploaded_by, s.received_at, s.fact_count,
                null as origin_instance_id, null as origin_instance_name, null as origin_exported_at, null as origin_id
         from submissions s left join files f on f.sha256 = s.file_sha256 order by id`,
      ),
    );
    expect(await readBack('facts', 'fact_seq')).toEqual(await wh.query('select * from facts order by fact_seq'));
    expect(await readBack('units', 'code')).toEqual(
      await wh.query(
        `select code, name, type, parent_code, valid_from, valid_to,
                coalesce((select list(key || ':' || value order by key, value) from unit_groups g where g.unit_code = u.code and g.valid_from is not distinct from u.valid_from), []) as groups
         from units u order by code`,
      ),
    );
    const figures = await wh.query<{ indicator: string; option: string | null; value: number }>(
      `select indicator, option, value from read_parquet($1, hive_partitioning = true) where period = '2022S1' and indicator in ('TCD_LUOT', 'DON_GQ_TY_LE') and option is null order by indicator`,
      [`${dir}/figures/**/*.parquet`],
    );
    expect(figures).toEqual([
      { indicator: 'DON_GQ_TY_LE', option: null, value: 0.75 },
      { indicator: 'TCD_LUOT', option: null, value: 6 + 7 + 11 },
    ]);
  });

  it('exports one unit and one period', async () => {
    const out = join(await tempDir(), 'x2');
    const { manifest: m } = await exportParquet(wh, { out, unit: '68H1', period: '2022S2', clock });
    expect(m.counts).toMatchObject({ units: 3, submissions: 1, facts: 1 });
    expect(m.provinces).toEqual(['68']);
    expect(m.selection).toEqual({ unit: '68H1', period: '2022S2' });
  });

  it('refuses a folder that is not empty and an unknown unit, leaving nothing behind', async () => {
    const parent = await tempDir();
    const busy = join(parent, 'busy');
    await mkdir(busy);
    await writeFile(join(busy, 'x.txt'), 'x');
    await expect(exportParquet(wh, { out: busy, clock })).rejects.toMatchObject({ code: EXCHANGE_ERROR_CODES.EXPORT_OUT_NOT_EMPTY });
    await expect(exportParquet(wh, { out: join(parent, 'new'), unit: 'KHONG', clock })).rejects.toMatchObject({
      code: EXCHANGE_ERROR_CODES.EXPORT_UNIT_NOT_FOUND,
    });
    expect(await readdir(parent)).toEqual(['busy']);
  });
});
