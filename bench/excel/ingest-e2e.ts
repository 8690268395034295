/**
 * Small layout 1 workbooks per second end to end — detection, excel-form, resolution, validation,
 * storage into DuckDB (in memory) through @tonghop/ingest — vs exceljs `readFile` alone.
 * Goal (issue 3): ingest overhead ≤ 25%.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { collect, createRegistry, ingestPaths } from '../../packages/ingest/src/index';
import { excelForm, excelTable } from '../../packages/ingest-excel/src/index';
import { demoWarehouse } from './_demo-warehouse';
import { smallFormWorkbooks } from './_workbooks';

const COUNT = Number(process.env.BENCH_FILES ?? 200);
const ROUNDS = 3;
const dir = mkdtempSync(join(tmpdir(), 'bench-excel-e2e-'));
const paths = await smallFormWorkbooks(dir, COUNT, true);

async function baseline(): Promise<void> {
  for (const p of paths) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(p);
  }
}

let accepted = 0;
/** A fresh warehouse per run, opened (migrations, units) before the clock starts. */
async function endToEnd(warehouse: Awaited<ReturnType<typeof demoWarehouse>>): Promise<void> {
  const plugins = createRegistry([excelForm(), excelTable()]);
  const clock = () => new Date('2026-01-15T03:00:00Z');
  const results = await collect(ingestPaths(paths, { warehouse, plugins, actor: 'bench', clock }));
  accepted = results.filter((r) => r.status !== 'rejected').length;
  if (accepted !== COUNT)
    throw new Error(`only ${accepted} of ${COUNT} accepted: ${JSON.stringify(results.find((r) => r.status === 'rejected'))}`);
  await warehouse.close();
}

/** Files per second of one pass. */
async function pass(fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return COUNT / ((performance.now() - t0) / 1000);
}

async function passEndToEnd(): Promise<number> {
  const warehouse = await demoWarehouse();
  return pass(() => endToEnd(warehouse));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await baseline();
await passEndToEnd();
const bases: number[] = [];
const ours: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  bases.push(await pass(baseline));
  ours.push(await passEndToEnd());
}
rmSync(dir, { recursive: true, force: true });
const b = median(bases);
const o = median(ours);
console.log(`files: ${COUNT} distinct layout 1 workbooks (form XA, 8 communes, 2022S1), median of ${ROUNDS} alternating runs`);
console.log(`exceljs readFile alone          : ${b.toFixed(0)} files/s`);
console.log(`tonghop ingest → DuckDB (memory) : ${o.toFixed(0)} files/s (${accepted} submissions per run)`);
console.log(`ingest overhead                  : ${((b / o - 1) * 100).toFixed(1)}% (goal ≤ 25%)`);
