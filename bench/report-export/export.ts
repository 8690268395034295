/**
 * Summary workbook benchmark on the national synthetic data (bench/pipelines/_generate.ts):
 * export a province (≈100 communes, ≈600 agencies, ≈2,900 enterprises) and a commune, in memory
 * and streamed to a file; prints times, sizes and peak RSS. Asserts nothing.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRollupPipeline } from '../../packages/figures/src/index';
import { exportSummaryWorkbook, writeSummaryWorkbook } from '../../packages/report-export/src/index';
import { openWarehouse } from '../../packages/warehouse/src/index';
import { generateNational } from '../pipelines/_generate';

const dir = await mkdtemp(join(tmpdir(), 'tonghop-bench-export-'));
const wh = await openWarehouse({ path: join(dir, 'national.duckdb') });
const rows: [string, string][] = [];
const time = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const result = await fn();
  rows.push([label, `${((performance.now() - t0) / 1000).toFixed(2)} s`]);
  process.stderr.write(`${label}: ${rows.at(-1)?.[1]}\n`);
  return result;
};

try {
  await time('generate + run pipeline (setup)', async () => {
    await generateNational(wh);
    await runRollupPipeline(wh);
  });
  const commune = await time('export commune X00035 2025S1 (buffer)', () =>
    exportSummaryWorkbook(wh, { unit: 'X00035', period: '2025S1' }),
  );
  rows.push(['  size', `${Math.round(commune.length / 1024)} KB`]);
  const province = await time('export province P01 2025S1 (buffer)', () => exportSummaryWorkbook(wh, { unit: 'P01', period: '2025S1' }));
  rows.push(['  size', `${Math.round(province.length / 1024)} KB`]);
  const file = join(dir, 'P01.xlsx');
  await time('export province P01 2025S1 (streamed to file)', () =>
    writeSummaryWorkbook(wh, { unit: 'P01', period: '2025S1' }, createWriteStream(file)),
  );
  rows.push(['  size', `${Math.round((await stat(file)).size / 1024)} KB`]);
  await time('export province P01 2025 (derived year, streamed)', () =>
    writeSummaryWorkbook(wh, { unit: 'P01', period: '2025' }, createWriteStream(join(dir, 'P01-2025.xlsx'))),
  );
  rows.push(['peak RSS', `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`]);
} finally {
  await wh.close();
  await rm(dir, { recursive: true, force: true });
}
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
