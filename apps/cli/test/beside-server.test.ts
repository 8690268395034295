/**
 * Every CLI command beside a running `tonghop serve` on the same database (spec §4): the CLI
 * finds the server by the discovery file and goes through its API, with the same output and exit
 * status as when it opens the database itself. Real processes, a real port, a real DuckDB file.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, type CliRun, REPO, runCli } from './run-cli';

const GOOD = join(REPO, 'fixtures/cases/good-wide-by-code/input.csv');
const BAD = join(REPO, 'fixtures/cases/bad-text-in-number/input.csv');

let dir: string;
let db: string;
const local = new Map<string, CliRun>();

const CALLS: Record<string, string[]> = {
  rollup: ['rollup', '--unit', '679', '--period', '2022S1'],
  rollupJson: ['rollup', '--unit', '679', '--period', '2022S1', '--json'],
  completeness: ['completeness', '--unit', '679', '--period', '2022S1', '--form', 'XA'],
  completenessJson: ['completeness', '--unit', '679', '--period', '2022S1', '--form', 'XA', '--json'],
  rollupUnknown: ['rollup', '--unit', 'NOPE', '--period', '2022S1'],
};

function cli(args: string[]): Promise<CliRun> {
  return runCli([...args, '--db', db]);
}

/** Nothing a user reads is the warehouse's English log or DuckDB's raw error. */
function expectClean(r: CliRun): void {
  expect(r.stderr).not.toMatch(/database file is locked|IO Error|WARN|Could not set lock/i);
}

function startServer(): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', db, '--json'], {
    cwd: REPO,
    env: { ...process.env, UV_THREADPOOL_SIZE: '16', TZ: 'Asia/Ho_Chi_Minh', NO_COLOR: '1' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.includes('\n')) resolve({ child, url: (JSON.parse(out.split('\n')[0] ?? '{}') as { url: string }).url });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tonghop-beside-'));
  db = join(dir, 'demo.duckdb');
  const demo = await cli(['demo', '--no-serve']);
  expect(demo.code, demo.stderr).toBe(0);
  for (const [name, args] of Object.entries(CALLS)) local.set(name, await cli(args));
}, 600_000);

/** Human output goldens (apps/cli/test/goldens/<name>.txt); `UPDATE_GOLDENS=1` rewrites them — review the diff. */
const GOLDENS: Record<string, string[]> = {
  'help-root': ['--help'],
  'help-rollup': ['rollup', '--help'],
  'help-units': ['units', '--help'],
  'usage-mistyped': ['rolup', '--unit', '679'],
};

async function golden(name: string, r: CliRun): Promise<void> {
  const file = join(REPO, 'apps/cli/test/goldens', `${name}.txt`);
  const text = `exit ${r.code}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
  if (process.env.UPDATE_GOLDENS === '1') await writeFile(file, text);
  expect(text).toBe(await readFile(file, 'utf8'));
}

describe('human output (goldens)', () => {
  it.each(['rollup', 'completeness', 'rollupUnknown'])('%s on the demo database', async (name) => {
    await golden(name, local.get(name) as CliRun);
  });
  it.each(Object.keys(GOLDENS))('%s', async (name) => {
    await golden(name, await cli(GOLDENS[name] as string[]));
  });
  it('completeness names the missing units, their parent, and the deadline as a local date', async () => {
    const r = await cli(['completeness', '--unit', '68', '--period', '2022S1', '--form', 'XA']);
    expect(r.stdout).toContain('hạn nộp 15/07/2022.');
    expect(r.stdout).toMatch(/Chưa báo cáo \(2\):\nĐơn vị +Mã +Thuộc\n─+\nXã Đạ Chais +24847 +Huyện Lạc Dương\n/u);
    expect(r.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });
});

describe('the discovery file and the same output through the server', () => {
  let server: { child: ChildProcessWithoutNullStreams; url: string };
  afterAll(async () => {
    if (server.child.exitCode === null) {
      const exited = new Promise((r) => server.child.once('exit', r));
      server.child.kill('SIGTERM');
      await exited;
    }
  });

  it('serve writes <db>.server.json readable only by its user', async () => {
    server = await startServer();
    const file = `${db}.server.json`;
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it.each(Object.keys(CALLS))('%s: same stdout, stderr and exit status as on the file', async (name) => {
    const r = await cli(CALLS[name] as string[]);
    const before = local.get(name) as CliRun;
    expect(r.code).toBe(before.code);
    expect(r.stdout).toBe(before.stdout);
    expect(r.stderr).toBe(before.stderr);
    expectClean(r);
  });

  it('ingest uploads through the server: results name the local path; a refused file exits 1', async () => {
    const good = await cli(['ingest', GOOD]);
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toContain(`✔ ${GOOD}: đã nhận`);
    const bad = await cli(['ingest', BAD, '--json']);
    expect(bad.code).toBe(1);
    const results = JSON.parse(bad.stdout) as { file: string; status: string; errors: { message: string }[] }[];
    expect(results[0]?.file).toBe(BAD);
    expect(results[0]?.status).toBe('rejected');
    expect(results[0]?.errors[0]?.message).toContain(`tệp ${BAD}, dòng 2:`);
    const missing = await cli(['ingest', join(dir, 'khong-co.csv')]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('không tìm thấy tệp hoặc thư mục');
    expectClean(bad);
  });

  it('run, export and template go through the server', async () => {
    const run = await cli(['run', '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { status: string; models: unknown[] }[])[0]).toMatchObject({ status: 'success' });
    const out = join(dir, 'tong-hop.xlsx');
    const exported = await cli(['export', '--unit', '679', '--period', '2022S1', '--out', out, '--json']);
    expect(exported.code, exported.stderr).toBe(0);
    const summary = JSON.parse(exported.stdout) as { sheets: string[]; bytes: number };
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(summary.sheets).toEqual(book.worksheets.map((s) => s.name));
    expect(summary.bytes).toBe(statSync(out).size);
    const template = await cli([
      'template',
      '--form',
      'XA',
      '--unit',
      '679',
      '--period',
      '2023S1',
      '--out',
      join(dir, 'mau.xlsx'),
      '--json',
    ]);
    expect(template.code, template.stderr).toBe(0);
    expect(JSON.parse(template.stdout)).toMatchObject({ layout: 'table', form: 'XA', unit: '679' });
  });

  it('a command the server cannot do says so in Vietnamese, exit 1', async () => {
    const r = await cli(['units', 'import', join(REPO, 'fixtures/units/demo-units.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^Lỗi: Lệnh units import không làm được khi máy chủ tonghop đang chạy trên cơ sở dữ liệu này \(http:\/\/127\.0\.0\.1:\d+\)\. Hãy dừng máy chủ/,
    );
    expectClean(r);
    const twice = await cli(['serve', '--port', '0']);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('Máy chủ tonghop đã chạy trên cơ sở dữ liệu này');
  });

  it('stopping the server removes the file; the CLI opens the database again', async () => {
    const via = await cli(CALLS.rollupJson as string[]);
    const exited = new Promise((r) => server.child.once('exit', r));
    server.child.kill('SIGTERM');
    await exited;
    expect(existsSync(`${db}.server.json`)).toBe(false);
    const r = await cli(CALLS.rollupJson as string[]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(via.stdout));
  });
});

describe('demo admin token', () => {
  it('a second demo run reuses the token; one demo admin token stays valid', async () => {
    const first = await cli(['demo', '--no-serve', '--json']);
    const second = await cli(['demo', '--no-serve', '--json']);
    const token = (r: CliRun) => (JSON.parse(r.stdout) as { admin_token: string }).admin_token;
    expect(token(second)).toBe(token(first));
    const { openWarehouse } = await import('@tonghop/warehouse');
    const warehouse = await openWarehouse({ path: db });
    try {
      const rows = await warehouse.query<{ n: number }>(
        `select count(*)::integer as n from tokens t join users u on u.id = t.user_id where u.name = 'Quản trị (demo)' and t.revoked_at is null`,
      );
      expect(rows[0]?.n).toBe(1);
    } finally {
      await warehouse.close();
    }
  });
});
