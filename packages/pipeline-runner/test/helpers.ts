import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { duckdbRunner } from '../src/duckdb-runner';
import type { SqlRunner } from '../src/types';

/** A fresh in-memory DuckDB behind the runner interface. */
export async function memoryDb(): Promise<SqlRunner> {
  const instance = await DuckDBInstance.create(':memory:');
  return duckdbRunner(await instance.connect());
}

/** Writes a pipeline folder `<tmp>/<name>/` from a map of relative paths to contents. */
export async function writePipeline(name: string, files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'tonghop-pipe-'));
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

export const fixedClock = () => new Date('2026-01-15T03:00:00Z');
