/**
 * Word report benchmark on the national synthetic data (bench/pipelines/_generate.ts): the
 * narrative report of a province (≈100 communes, ≈600 agencies, ≈2,900 enterprises; ≈3,500
 * submissions in its sources table) for a half-year with last year's figures, a derived year,
 * and a commune. Prints times (each the median of 3 after one warm-up), sizes and peak RSS.
 * Asserts nothing. Goal (issue 15): a province report ≤ 2 s.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRollupPipeline } from '../../packages/figures/src/index';
import { buildReportDocx } from '../../packages/report-docx/src/index';
import { openWarehouse } from '../../packages/warehouse/src/index';
import { generateNational } from '../pipelines/_generate';

const dir = await mkdtemp(join(tmpdir(), 'tonghop-bench-report-'));
const wh = await openWarehouse({ path: join(dir, 'national.duckdb') });
const rows: [string, string][] = [];
const say = (label: string, value: string) => {
  rows.push([label, value]);
  process.stderr.write(`${label}: ${value}\n`);
};

async function median(label: string, unit: string, period: string): Promise<void> {
  await buildReportDocx(wh, { unit, period }); // warm-up: the first read of a subtree loads its pages
  const times: number[] = [];
  let size = 0;
  let sources = 0;
  for (let i = 0; i < 3; i += 1) {
    const t0 = performance.now();
    const { bytes, info } = await buildReportDocx(wh, { unit, period });
    times.push(performance.now() - t0);
    size = bytes.length;
    sources = info.sources;
  }
  times.sort((a, b) => a - b);
  say(label, `${((times[1] ?? 0) / 1000).toFixed(2)} s (${Math.round(size / 1024)} KB, ${sources} sources)`);
}

try {
  const t0 = performance.now();
  await generateNational(wh);
  await runRollupPipeline(wh);
  say('generate + run pipeline (setup)', `${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await median('report province P01 2025S1 (compared with 2024S1)', 'P01', '2025S1');
  await median('report province P01 2025 (derived year)', 'P01', '2025');
  await median('report commune X00035 2025S1', 'X00035', '2025S1');
  say('peak RSS', `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
} finally {
  await wh.close();
  await rm(dir, { recursive: true, force: true });
}
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
