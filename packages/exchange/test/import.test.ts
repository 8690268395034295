import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getLineage, getRollup } from '@tonghop/figures';
import { run, unit } from '@tonghop/figures/testing';
import type { Warehouse } from '@tonghop/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXCHANGE_ERROR_CODES, exportParquet, importParquet } from '../src/index';
import { buildProvince, clock, openProvinceDb, tempDir } from './world';

const opts = { actor: 'test', clock };
let a: Warehouse;
let b: Warehouse;
let nat: Warehouse;
let dirA: string;
let dirB: string;

beforeAll(async () => {
  [a, b, nat] = await Promise.all([openProvinceDb(), openProvinceDb(), openProvinceDb()]);
  await buildProvince(a, '68', 1);
  await buildProvince(b, '67', 2);
  const root = await tempDir();
  dirA = (await exportParquet(a, { out: join(root, 'a'), clock })).dir;
  dirB = (await exportParquet(b, { out: join(root, 'b'), clock })).dir;
});
afterAll(async () => {
  await Promise.all([a.close(), b.close(), nat.close()]);
});

const counts = async (wh: Warehouse) =>
  (
    await wh.query<{ s: number; f: number; u: number; v: number }>(
      `select (select count(*) from submissions) as s, (select count(*) from fact_values) as f, (select count(*) from units) as u,
              (select count(*) from validation_results) as v`,
    )
  )[0];

describe('importParquet: a national instance from two provinces', () => {
  it('imports both, and the roll-up of each province is its own; the national total is their sum', async () => {
    const ra = await importParquet(nat, dirA, opts);
    expect(ra).toMatchObject({
      status: 'imported',
      provinces: ['68'],
      units: { new: 5, updated: 0, same: 0 },
      submissions: { new: 6, known: 0 },
      facts: 11,
    });
    const rb = await importParquet(nat, dirB, opts);
    expect(rb).toMatchObject({ status: 'imported', provinces: ['67'], submissions: { new: 6, known: 0 } });
    await run(nat);
    let national = 0;
    let own = 0;
    for (const [province, wh] of [
      ['68', a],
      ['67', b],
    ] as const) {
      for (const period of ['2022S1', '2022S2']) {
        const here = await getRollup(nat, { unit: province, period });
        const there = await getRollup(wh, { unit: province, period });
        expect(here).toEqual(there);
      }
      const tcd = async (w: Warehouse) =>
        (await getRollup(w, { unit: province, period: '2022S1', indicators: ['TCD_LUOT'] })).figures.find((f) => f.option === null)
          ?.value ?? 0;
      national += await tcd(nat);
      own += await tcd(wh);
    }
    expect(national).toBe(own);
    expect(national).toBe((6 + 7 + 11) * 3);
    const [total] = await nat.query<{ v: number }>(
      `select sum(value) as v from rollup.figures(null, '2022S1', null, null) f join units u on u.code = f.unit_code
       where u.parent_code is null and indicator = 'TCD_LUOT' and option is null`,
    );
    expect(total?.v).toBe(own);
  });

  it("keeps each submission's origin, and lineage names it", async () => {
    const lineage = await getLineage(nat, { unit: '67', period: '2022S1', indicator: 'TCD_LUOT' });
    const [instanceB] = await b.query<{ id: string }>('select id from exchange_instance');
    const own = await getLineage(b, { unit: '67', period: '2022S1', indicator: 'TCD_LUOT' });
    expect(lineage.submissions.length).toBe(own.submissions.length);
    for (const [i, s] of lineage.submissions.entries()) {
      const original = own.submissions[i];
      expect(s.origin).toEqual({
        instance_id: instanceB?.id,
        instance_name: 'Tỉnh 67',
        exported_at: '2026-12-01T03:00:00.000Z',
        original_id: original?.id,
        original_sha256: original?.sha256,
      });
      expect({ ...s, id: 0, origin: null }).toEqual({ ...original, id: 0 });
    }
    expect(lineage.cells.map((c) => [c.unit, c.value, c.file, c.cell])).toEqual(own.cells.map((c) => [c.unit, c.value, c.file, c.cell]));
    // versions and supersedes follow the new ids
    const versions = await nat.query<{ version: number; supersedes_version: number | null }>(
      `select s.version, p.version as supersedes_version from submissions s left join submissions p on p.id = s.supersedes
       where s.unit_code = '67X1' and s.period = '2022S1' order by s.version`,
    );
    expect(versions).toEqual([
      { version: 1, supersedes_version: null },
      { version: 2, supersedes_version: 1 },
    ]);
  });

  it('recognises a re-import of the same export: nothing duplicated', async () => {
    const before = await counts(nat);
    const again = await importParquet(nat, dirA, opts);
    expect(again.status).toBe('already_imported');
    expect(await counts(nat)).toEqual(before);
  });

  it('a newer export of the same province adds only what is new', async () => {
    const { submit } = await import('@tonghop/figures/testing');
    await submit(a, { unit: '68X2', period: '2022S2', form: 'XA', values: { TCD_LUOT: 40 } });
    const newer = (await exportParquet(a, { out: join(await tempDir(), 'a2'), clock })).dir;
    const r = await importParquet(nat, newer, opts);
    expect(r).toMatchObject({ status: 'imported', units: { new: 0, updated: 0, same: 5 }, submissions: { new: 1, known: 6 }, facts: 1 });
    await run(nat);
    await run(a);
    expect(await getRollup(nat, { unit: '68', period: '2022S2' })).toEqual(await getRollup(a, { unit: '68', period: '2022S2' }));
  });

  it("refuses an export whose units overlap another province's with different data, naming both", async () => {
    const c = await openProvinceDb();
    try {
      await c.importUnits([unit('69', 'tinh', null, { name: 'Tỉnh 69' }), unit('68X2', 'xa', '69', { name: 'Xã khác' })], 'test');
      await run(c);
      const dirC = (await exportParquet(c, { out: join(await tempDir(), 'c'), clock })).dir;
      const before = await counts(nat);
      const error = await importParquet(nat, dirC, opts).catch((e: unknown) => e as { code: string; message: string });
      expect(error).toMatchObject({ code: EXCHANGE_ERROR_CODES.IMPORT_UNIT_CONFLICT });
      expect((error as { message: string }).message).toMatch(
        /của Tỉnh 69 \(tỉnh 69\).*68X2 \("Xã khác" ≠ "Đơn vị 68X2", đã nhập từ Tỉnh 68 \(tỉnh 68\)\)/,
      );
      expect(await counts(nat)).toEqual(before);
    } finally {
      await c.close();
    }
  });

  it('refuses a folder that is not an export, a manifest of another schema version, a damaged export', async () => {
    const root = await tempDir();
    const expectCode = async (dir: string, code: string, pattern: RegExp) => {
      const e = await importParquet(nat, dir, opts).catch((x: unknown) => x as { code: string; message: string });
      expect(e).toMatchObject({ code });
      expect((e as { message: string }).message).toMatch(pattern);
    };
    await expectCode(join(root, 'khong-co'), EXCHANGE_ERROR_CODES.IMPORT_NOT_AN_EXPORT, /không tồn tại/);
    await mkdir(join(root, 'empty'));
    await expectCode(join(root, 'empty'), EXCHANGE_ERROR_CODES.IMPORT_NOT_AN_EXPORT, /không có tệp manifest\.json/);
    await writeFile(join(root, 'file.txt'), 'x');
    await expectCode(join(root, 'file.txt'), EXCHANGE_ERROR_CODES.IMPORT_NOT_AN_EXPORT, /là một tệp/);
    const other = join(root, 'v2');
    await cp(dirB, other, { recursive: true });
    const manifest = JSON.parse(await readFile(join(other, 'manifest.json'), 'utf8'));
    await writeFile(join(other, 'manifest.json'), JSON.stringify({ ...manifest, export_id: 'x', schema_version: 2 }));
    await expectCode(other, EXCHANGE_ERROR_CODES.IMPORT_SCHEMA_VERSION, /phiên bản lược đồ 2, .* chỉ đọc được phiên bản 1/);
    const cut = join(root, 'cut');
    await cp(dirB, cut, { recursive: true });
    await writeFile(join(cut, 'manifest.json'), JSON.stringify({ ...manifest, export_id: 'y' }));
    await rm(join(cut, 'facts', 'province=67', 'period=2022S2'), { recursive: true });
    const before = await counts(nat);
    await expectCode(cut, EXCHANGE_ERROR_CODES.IMPORT_DAMAGED, /bảng facts có 10 dòng, manifest.json ghi 11/);
    expect(await counts(nat)).toEqual(before);
  });
});
