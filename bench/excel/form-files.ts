/**
 * Small layout 1 workbooks per second: exceljs `readFile` alone (the baseline) vs the excel-form
 * plugin (head sniffing, zip checks with yauzl, load, header block, rows → raw drafts).
 * Goal (issue 3): plugin overhead ≤ 25%. End-to-end into DuckDB: see ingest-e2e.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { makeIngestFile } from '../../packages/ingest-contract/src/index';
import { excelForm } from '../../packages/ingest-excel/src/index';
import { smallFormWorkbooks } from './_workbooks';

const COUNT = Number(process.env.BENCH_FILES ?? 300);
const ROUNDS = 5;
const dir = mkdtempSync(join(tmpdir(), 'bench-excel-form-'));
const paths = await smallFormWorkbooks(dir, COUNT);

async function baseline(): Promise<number> {
  let cells = 0;
  for (const p of paths) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(p);
    wb.worksheets.forEach((ws) => ws.eachRow((row) => (cells += row.cellCount)));
  }
  return cells;
}

async function plugin(): Promise<number> {
  const form = excelForm();
  let facts = 0;
  for (const p of paths) {
    const file = await makeIngestFile(p);
    if ((await form.detect(file)) < 0.5) throw new Error(`not detected: ${p}`);
    for await (const d of form.read(file, {})) facts += d.facts.length;
  }
  return facts;
}

/** Files per second of one pass. */
async function pass(fn: () => Promise<number>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return COUNT / ((performance.now() - t0) / 1000);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

await baseline(); // warm-up: JIT and file cache
await plugin();
// Alternate the two so that a busy machine slows both alike.
const bases: number[] = [];
const ourss: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  bases.push(await pass(baseline));
  ourss.push(await pass(plugin));
}
const base = { perSecond: median(bases) };
const facts = await plugin();
const ours = { perSecond: median(ourss), out: facts };
rmSync(dir, { recursive: true, force: true });
const overhead = (base.perSecond / ours.perSecond - 1) * 100;
console.log(`files: ${COUNT} small layout 1 workbooks (form XA, ${ours.out / COUNT} facts each), median of ${ROUNDS}`);
console.log(`exceljs readFile alone : ${base.perSecond.toFixed(0)} files/s`);
console.log(`excel-form plugin      : ${ours.perSecond.toFixed(0)} files/s`);
console.log(`plugin overhead        : ${overhead.toFixed(1)}% (goal ≤ 25%)`);
