import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openWarehouse } from '@tonghop/warehouse';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEET_OVERVIEW } from '../src/index';
import { loadDistrict } from './district';
import { run } from './world';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(REPO, 'node_modules/.bin/tsx'), [join(REPO, 'apps/cli/src/main.ts'), ...args], {
      cwd: REPO,
      env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

let dir: string;
let db: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tonghop-export-cli-'));
  db = join(dir, 'tonghop.duckdb');
  const wh = await openWarehouse({ path: db });
  await loadDistrict(wh);
  await run(wh);
  await wh.close();
});

describe('tonghop export', () => {
  it('writes the workbook and prints {file, sheets, bytes} with --json', async () => {
    const out = join(dir, 'tong-hop-679.xlsx');
    const r = await cli(['export', '--unit', '679', '--period', '2022S1', '--out', out, '--db', db, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const summary = JSON.parse(r.stdout) as { file: string; sheets: string[]; bytes: number };
    expect(summary.file).toBe(out);
    expect(summary.bytes).toBe((await stat(out)).size);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(summary.sheets);
    expect(wb.getWorksheet(SHEET_OVERVIEW)?.getCell('A2').value).toBe('HUYỆN ĐAM RÔNG');
  });

  it('refuses an unknown unit with exit 1 and leaves no file', async () => {
    const out = join(dir, 'khong-co.xlsx');
    const r = await cli(['export', '--unit', 'KHONG_CO', '--period', '2022S1', '--out', out, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('KHONG_CO');
    expect(r.stderr).toContain('UNIT_NOT_FOUND');
    expect((await readdir(dir)).filter((f) => f.startsWith('khong-co'))).toEqual([]);
  });

  it('is a usage error without --out or with a file that is not .xlsx', async () => {
    expect((await cli(['export', '--unit', '679', '--period', '2022S1', '--db', db])).code).toBe(2);
    const r = await cli(['export', '--unit', '679', '--period', '2022S1', '--out', join(dir, 'x.csv'), '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.xlsx');
  });
});
