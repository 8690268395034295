/** An in-memory warehouse with the demo units, for the end-to-end benchmark. */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseUnitsCsvRows } from '../../packages/core/src/index';
import { openWarehouse, type Warehouse } from '../../packages/warehouse/src/index';

const UNITS_CSV = fileURLToPath(new URL('../../fixtures/units/demo-units.csv', import.meta.url));

/** Splits a simple CSV line (quoted fields without embedded quotes or line breaks). */
function splitCsv(line: string): string[] {
  return [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[2] ?? m[1] ?? '');
}

export async function demoWarehouse(path = ':memory:'): Promise<Warehouse> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-excel-wh-'));
  const warehouse = await openWarehouse({ path, blobDir: join(dir, 'blobs'), clock: () => new Date('2026-01-15T03:00:00Z') });
  const rows = readFileSync(UNITS_CSV, 'utf8').split(/\r?\n/).filter(Boolean).map(splitCsv);
  const parsed = parseUnitsCsvRows(rows);
  if (parsed.errors.length > 0) throw new Error(`demo units: ${JSON.stringify(parsed.errors)}`);
  await warehouse.importUnits(parsed.units, 'bench');
  return warehouse;
}
