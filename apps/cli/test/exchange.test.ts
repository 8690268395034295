import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDb, runCli } from './run-cli';

let province: string;
let out: string;

beforeAll(async () => {
  province = await freshDb({ empty: true });
  for (const args of [['demo', '--no-serve'], ['run']]) {
    const r = await runCli([...args, '--db', province]);
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
  }
  out = join(province, '..', 'xuat');
});

describe('tonghop export --format parquet / import --parquet', () => {
  it('exports a province and a national instance imports it, rolling up the same', async () => {
    const exp = await runCli(['export', '--format', 'parquet', '--out', out, '--json', '--db', province]);
    expect(exp.code, exp.stderr).toBe(0);
    const manifest = JSON.parse(exp.stdout);
    expect(manifest).toMatchObject({ schema_version: 1, provinces: ['68'], selection: { unit: null, period: null } });
    const national = await freshDb({ empty: true });
    const imp = await runCli(['import', '--parquet', out, '--db', national]);
    expect(imp.code, imp.stderr).toBe(0);
    expect(imp.stdout).toMatch(/đã nhập bản xuất của Tỉnh Lâm Đồng \(tỉnh 68/);
    expect((await runCli(['run', '--db', national])).code).toBe(0);
    const rollup = async (db: string) =>
      JSON.parse((await runCli(['rollup', '--unit', '68', '--period', '2022S1', '--json', '--db', db])).stdout);
    expect(await rollup(national)).toEqual(await rollup(province));
    const again = await runCli(['import', '--parquet', out, '--db', national]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/đã được nhập trước đó; không nhập lại/);
  });

  it('refuses an export into a folder that is not empty, and an import of a folder that is not an export (exit 1)', async () => {
    const busy = join(province, '..', 'busy');
    await mkdir(busy);
    await writeFile(join(busy, 'a.txt'), 'x');
    const exp = await runCli(['export', '--format', 'parquet', '--out', busy, '--db', province]);
    expect(exp.code).toBe(1);
    expect(exp.stderr).toMatch(/đã có và không trống.*\[EXPORT_OUT_NOT_EMPTY\]/);
    const imp = await runCli(['import', '--parquet', busy, '--db', province]);
    expect(imp.code).toBe(1);
    expect(imp.stderr).toMatch(/không phải thư mục xuất Parquet của tonghop: không có tệp manifest\.json\. \[IMPORT_NOT_AN_EXPORT\]/);
  });
});
