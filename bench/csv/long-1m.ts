/**
 * csv-long on a 1,000,000-line long CSV (6 columns, Vietnamese text, UTF-8, sorted by period and
 * unit: 200 groups of 5,000 lines; read in two passes as files over 8 MiB are): rows/s and peak
 * RSS of the plugin's read (all drafts built), of our decoding + papaparse alone, and of
 * DuckDB's own `read_csv` of the same file into a table (in memory and in a file database).
 * Each contender runs in its own process (peak RSS is per process), 3 runs, median time.
 * CPU time (all threads; DuckDB uses several) is printed too: on a loaded machine it is steadier.
 * Prints, never asserts. Goal (issue 2): plugin ≥ 0.5× DuckDB's rows/s.
 */
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LINES = 1_000_000;
const RUNS = 3;
/** 50 units × 4 periods × 5,000 lines, sorted by period then unit, as exports usually are. */
const units = Array.from({ length: 50 }, (_, k) => String(24931 + 3 * k));
const indicators = [
  'TCD_LUOT',
  'TCD_NGUOI',
  'DON_KHIEU_NAI',
  'DON_TO_CAO',
  'DON_KIEN_NGHI',
  'DON_TONG',
  'TTHC_TIEP_NHAN',
  'MT_GIAM_SAT',
  'NX_HAN_CHE',
];
const periods = ['2022S1', '2022S2', '6 tháng đầu năm 2023', '2023S2'];

async function generate(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('unit_code,period,form,indicator,category_option,value\n');
  let block = '';
  for (let i = 0; i < LINES; i++) {
    const ind = indicators[i % indicators.length] as string;
    const unit = units[Math.floor(i / 5000) % units.length] as string;
    const period = periods[Math.floor(i / 250_000) % periods.length] as string;
    const option = ind === 'MT_GIAM_SAT' ? 'Hội Nông dân' : '';
    const value = ind === 'NX_HAN_CHE' ? '"Chưa cập nhật, bổ sung hương ước"' : String(i % 997);
    block += `${unit},${period},,${ind},${option},${value}\n`;
    if (block.length > 1 << 20) {
      if (!out.write(block)) await once(out, 'drain');
      block = '';
    }
  }
  out.end(block);
  await once(out, 'finish');
}

interface Run {
  rows: number;
  ms: number;
  cpuMs: number;
  maxRssMB: number;
}

function run(mode: string, file: string): Run {
  const child = join(import.meta.dirname, '_child.ts');
  const res = spawnSync(process.execPath, ['--import', 'tsx', child, mode, file], { encoding: 'utf8', env: process.env });
  if (res.status !== 0) throw new Error(`${mode} failed: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').pop() as string) as Run;
}

const dir = mkdtempSync(join(tmpdir(), 'bench-csv-'));
try {
  const file = join(dir, 'long-1m.csv');
  await generate(file);
  console.log(`file: ${LINES.toLocaleString('en')} lines, ${(statSync(file).size / 1e6).toFixed(1)} MB`);
  const results: Record<string, { rowsPerS: number; maxRssMB: number }> = {};
  for (const mode of ['rows', 'plugin', 'duckdb-memory', 'duckdb-file']) {
    const runs = Array.from({ length: RUNS }, () => run(mode, file));
    const rows = runs[0]?.rows ?? 0;
    if (rows !== LINES) throw new Error(`${mode} read ${rows} rows, expected ${LINES}`);
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
    const ms = median(runs.map((r) => r.ms));
    const cpuMs = median(runs.map((r) => r.cpuMs));
    results[mode] = { rowsPerS: Math.round(rows / (ms / 1000)), maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)) };
    console.log(
      `${mode.padEnd(14)} ${results[mode].rowsPerS.toLocaleString('en').padStart(11)} rows/s  peak RSS ${String(results[mode].maxRssMB).padStart(4)} MB  ` +
        `(median of ${RUNS}: ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU)`,
    );
  }
  const ratio = (a: string, b: string) => ((results[a]?.rowsPerS ?? 0) / (results[b]?.rowsPerS ?? 1)).toFixed(2);
  console.log(
    `plugin / duckdb-memory: ${ratio('plugin', 'duckdb-memory')}×, plugin / duckdb-file: ${ratio('plugin', 'duckdb-file')}× (goal ≥ 0.5×)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
