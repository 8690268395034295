import { mkdtemp, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parseUnitsCsvRows } from '@tonghop/core';
import { openWarehouse, type Warehouse } from '@tonghop/warehouse';
import { collect, createRegistry, ingestPaths, type IngestContext, type IngestResult } from '../src/index';
import { linesPlugin } from './lines-plugin';

export const UNITS_CSV = fileURLToPath(new URL('../../../fixtures/units/demo-units.csv', import.meta.url));

export const FIXED_NOW = new Date('2026-01-15T03:00:00Z');

/** A fresh in-memory warehouse with the demo units. */
export async function demoWarehouse(): Promise<{ warehouse: Warehouse; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'tonghop-ingest-'));
  const warehouse = await openWarehouse({ path: ':memory:', blobDir: join(dir, 'blobs'), clock: () => FIXED_NOW });
  const rows = Papa.parse<string[]>(readFileSync(UNITS_CSV, 'utf8')).data;
  const parsed = parseUnitsCsvRows(rows);
  if (parsed.errors.length > 0) throw new Error(`demo units: ${JSON.stringify(parsed.errors)}`);
  await warehouse.importUnits(parsed.units, 'test');
  return { warehouse, dir };
}

export function context(warehouse: Warehouse, extra: Partial<IngestContext> = {}): IngestContext {
  return { warehouse, plugins: createRegistry([linesPlugin()]), actor: 'test', clock: () => FIXED_NOW, ...extra };
}

export async function writeFiles(dir: string, files: Record<string, string>): Promise<string[]> {
  const paths: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    paths.push(path);
  }
  return paths;
}

export function ingest(paths: string[], ctx: IngestContext): Promise<IngestResult[]> {
  return collect(ingestPaths(paths, ctx));
}

export async function count(warehouse: Warehouse, table: string): Promise<number> {
  const rows = await warehouse.query<{ n: number }>(`select count(*) as n from ${table}`);
  return Number(rows[0]?.n ?? 0);
}
