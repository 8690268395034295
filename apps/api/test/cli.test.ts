import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** `tonghop users add` and `tonghop serve` (apps/cli/src/commands/{users,serve}.ts), as a user runs them. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = join(ROOT, 'apps/cli/src/main.ts');
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs');

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [TSX, MAIN, ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

let dir: string;
let db: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tonghop-cli-api-'));
  db = join(dir, 'cli.duckdb');
  const imported = await cli(['units', 'import', join(ROOT, 'fixtures/units/demo-units.csv'), '--db', db, '--json']);
  expect(imported.code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('tonghop users add / serve', () => {
  it('prints the token once as JSON, refuses a bad role with exit 2, and the token works on a served port', async () => {
    const added = await cli(['users', 'add', '--name', 'Sở Nội vụ', '--role', 'uploader', '--unit', '679', '--db', db, '--json']);
    expect(added.code).toBe(0);
    const user = JSON.parse(added.stdout);
    expect(user).toMatchObject({ name: 'Sở Nội vụ', role: 'uploader', unit: '679' });
    expect(user.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const bad = await cli(['users', 'add', '--name', 'x', '--role', 'boss', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Vai trò "boss" không hợp lệ');
    const noUnit = await cli(['users', 'add', '--name', 'x', '--role', 'uploader', '--db', db]);
    expect(noUnit.code).toBe(1);
    expect(noUnit.stderr).toContain('--unit');

    const child = spawn(process.execPath, [TSX, MAIN, 'serve', '--port', '0', '--db', db, '--json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          if (out.includes('\n')) resolve(out.split('\n')[0] ?? '');
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const { url } = JSON.parse(line) as { url: string };
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const me = await fetch(`${url}/api/me`, { headers: { authorization: `Bearer ${user.token}` } });
      expect(await me.json()).toEqual({ name: 'Sở Nội vụ', role: 'uploader', unit: '679', anonymous: false });
      expect((await fetch(`${url}/api/units`)).status).toBe(401);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }, 180_000);
});
