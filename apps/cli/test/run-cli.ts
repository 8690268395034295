import { spawn } from 'node:child_process';
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
/** The launcher `pnpm tonghop` runs: the bundle (dist/), rebuilt first when a source is newer. */
export const BIN = join(REPO, 'apps/cli/bin/tonghop.mjs');
/** The sources through tsx (without the bundle), for a test that must exec a binary itself. */
export const TSX = join(REPO, 'node_modules/.bin/tsx');
export const MAIN = join(REPO, 'apps/cli/src/main.ts');
export const UNITS = join(REPO, 'fixtures/units/demo-units.csv');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in a child process, like `pnpm tonghop ARGS`. */
export function runCli(args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? REPO,
      env: { ...process.env, UV_THREADPOOL_SIZE: '16', TZ: 'Asia/Ho_Chi_Minh', NO_COLOR: '1', ...opts.env },
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

/** A database with the demo units, made once through the CLI; each test copies it. */
let template: Promise<string> | undefined;

export function unitsTemplate(): Promise<string> {
  template ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tonghop-cli-template-'));
    const db = join(dir, 'units.duckdb');
    const r = await runCli(['units', 'import', UNITS, '--db', db]);
    if (r.code !== 0) throw new Error(`units import failed: ${r.stderr}${r.stdout}`);
    return db;
  })();
  return template;
}

/** A fresh temp database (with the demo units unless `empty`). */
export async function freshDb(opts: { empty?: boolean } = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tonghop-cli-'));
  const db = join(dir, 'test.duckdb');
  if (!opts.empty) await copyFile(await unitsTemplate(), db);
  return db;
}
