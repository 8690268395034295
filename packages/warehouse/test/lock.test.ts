import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openWarehouse, WarehouseError } from '../src/index';
import { fixedClock, tempDir } from './helpers';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Another process that opens `path` with DuckDB and holds it for `holdMs`. Resolves once it holds the lock. */
function holdFile(path: string, holdMs: number): Promise<ChildProcess> {
  const script = `
    const { DuckDBInstance } = require('@duckdb/node-api');
    DuckDBInstance.create(process.argv[1]).then((db) => {
      process.stdout.write('held\\n');
      setTimeout(() => { db.closeSync(); process.exit(0); }, Number(process.argv[2]));
    });`;
  const child = spawn(process.execPath, ['-e', script, path, String(holdMs)], { cwd: packageDir, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', () => resolve(child));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`holder exited early with ${code}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode === null ? child.on('exit', () => resolve()) : resolve()));
}

describe('file lock held by another process', () => {
  it('waits the configured time, then fails with WAREHOUSE_LOCKED and a Vietnamese message', async () => {
    const path = join(await tempDir(), 'locked.duckdb');
    const child = await holdFile(path, 5000);
    const warnings: string[] = [];
    const logger = { info: () => undefined, warn: (message: string) => void warnings.push(message), error: () => undefined };
    const error = await openWarehouse({ path, clock: fixedClock, lockTimeoutMs: 600, logger }).then(
      () => null,
      (e: unknown) => e,
    );
    child.kill();
    await exited(child);
    expect(error).toBeInstanceOf(WarehouseError);
    expect((error as WarehouseError).code).toBe('WAREHOUSE_LOCKED');
    expect((error as Error).message).toContain(`Cơ sở dữ liệu ${path} đang được một tiến trình khác sử dụng`);
    expect(warnings).toEqual(['database file is locked by another process; waiting']);
  });

  it('opens once the other process lets go within the wait', async () => {
    const path = join(await tempDir(), 'shared.duckdb');
    const child = await holdFile(path, 700);
    const wh = await openWarehouse({ path, clock: fixedClock, lockTimeoutMs: 20_000 });
    expect(await wh.query('select count(*) as n from units')).toEqual([{ n: 0 }]);
    await wh.close();
    await exited(child);
  });
});
