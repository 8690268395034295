/**
 * A 200,000-row layout 2 workbook: rows/s and peak RSS of exceljs's streaming reader alone (the
 * baseline) vs the excel-table plugin (zip checks + streaming + drafts). Each runs in its own
 * process so that peak RSS (maxRSS) is its own. Goals (issue 3): ≥ 0.8× the baseline rate, RSS < 500 MB.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { makeIngestFile } from '../../packages/ingest-contract/src/index';
import { excelTable } from '../../packages/ingest-excel/src/index';
import { bigTableWorkbook } from './_workbooks';

const ROWS = Number(process.env.BENCH_ROWS ?? 200_000);
const [phase, path] = process.argv.slice(2);

/** exceljs's reader alone; its single zip pass now and then loses xl/workbook.xml (exceljs #3064): retried. */
async function baseline(p: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await baselineOnce(p);
    } catch (error: unknown) {
      if (attempt >= 5 || !String(error).includes("reading 'sheets'")) throw error;
      process.stderr.write(`exceljs WorkbookReader lost xl/workbook.xml (exceljs #3064), retry ${attempt}\n`);
    }
  }
}

async function baselineOnce(p: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(p, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let rows = 0;
  let cells = 0;
  for await (const ws of reader) {
    for await (const row of ws) {
      rows += 1;
      cells += (row.values as unknown[]).length;
    }
  }
  return cells > 0 ? rows : 0;
}

async function plugin(p: string): Promise<number> {
  let drafts = 0;
  let facts = 0;
  for await (const d of excelTable().read(await makeIngestFile(p), {})) {
    drafts += 1;
    facts += d.facts.length;
    if (d.errors.length > 0) throw new Error(d.errors[0]!.message);
  }
  return facts > 0 ? drafts : 0;
}

if (phase) {
  const t0 = performance.now();
  const rows = await (phase === 'baseline' ? baseline(path!) : plugin(path!));
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(JSON.stringify({ rows, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'bench-excel-table-'));
  const file = join(dir, 'table.xlsx');
  const t0 = performance.now();
  await bigTableWorkbook(file, ROWS);
  console.log(
    `wrote ${ROWS} rows × 10 columns (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const run = (which: string) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), which, file], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) throw new Error(`${which} failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as { rows: number; seconds: number; maxRssMb: number };
  };
  // Alternate the two so that a busy machine slows both alike; report medians.
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const bases: ReturnType<typeof run>[] = [];
  const ourss: ReturnType<typeof run>[] = [];
  for (let i = 0; i < rounds; i++) {
    bases.push(run('baseline'));
    ourss.push(run('plugin'));
  }
  const median = (rs: ReturnType<typeof run>[]) => [...rs].sort((a, b) => a.seconds - b.seconds)[Math.floor(rs.length / 2)]!;
  const base = median(bases);
  const ours = median(ourss);
  rmSync(dir, { recursive: true, force: true });
  const line = (name: string, r: typeof base) =>
    `${name}: ${r.rows} rows in ${r.seconds.toFixed(1)} s = ${(r.rows / r.seconds).toFixed(0)} rows/s, peak RSS ${r.maxRssMb.toFixed(0)} MB`;
  console.log(line('exceljs streaming reader alone', base));
  console.log(line('excel-table plugin (drafts)   ', ours));
  console.log(`(median of ${rounds} alternating runs each)`);
  console.log(
    `ratio: ${(ours.rows / ours.seconds / (base.rows / base.seconds)).toFixed(2)}× the baseline rate (goal ≥ 0.8), RSS goal < 500 MB`,
  );
}
