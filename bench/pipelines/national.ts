/**
 * National-scale roll-up benchmark: generate the data, time a full pipeline run, the refresh after
 * one new submission, the reads (province, commune, derived year, group, completeness) and peak RSS.
 * Goal (issue 4): full run ≤ 10 s, refresh ≤ 1 s. Prints figures; asserts nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCompleteness, getRollup, rollupModels, runRollupPipeline } from '../../packages/figures/src/index';
import { openWarehouse } from '../../packages/warehouse/src/index';
import { generateNational } from './_generate';

// BENCH_DB=path reuses (or keeps) a generated database instead of a fresh temp one.
const reuse = process.env.BENCH_DB;
const dir = reuse === undefined ? await mkdtemp(join(tmpdir(), 'tonghop-bench-pipelines-')) : null;
const wh = await openWarehouse({ path: reuse ?? join(dir!, 'national.duckdb') });
const rows: [string, string][] = [];
const time = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = await fn();
  const cpu = process.cpuUsage(c0);
  rows.push([label, `${((performance.now() - t0) / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU`]);
  process.stderr.write(`${label}: ${rows.at(-1)?.[1]}\n`);
  return result;
};

try {
  const [existing] = await wh.query<{ n: number }>('select count(*) as n from units');
  const counts =
    (existing?.n ?? 0) > 0
      ? ((
          await wh.query<Record<string, number>>(
            `select (select count(*) from units) as units, (select count(*) from submissions) as submissions, (select count(*) from fact_values) as facts`,
          )
        )[0] ?? {})
      : await time('generate (SQL range)', () => generateNational(wh));
  rows.push(['data', `${counts.units} units, ${counts.submissions} submissions, ${counts.facts} facts`]);
  const full = await time('full run (rollup pipeline)', () => runRollupPipeline(wh));
  const slowest = [...full.models]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map((m) => `${m.model} ${m.ms} ms`);
  rows.push(['  slowest models', slowest.join(', ')]);
  await time('rollup province P01 2025S1', () => getRollup(wh, { unit: 'P01', period: '2025S1' }));
  await time('rollup commune X00035 2025S1', () => getRollup(wh, { unit: 'X00035', period: '2025S1' }));
  await time('rollup province P01 2025 (derived year)', () => getRollup(wh, { unit: 'P01', period: '2025' }));
  await time('rollup P01 2025S1 group so_huu:tu_nhan', () => getRollup(wh, { unit: 'P01', period: '2025S1', group: 'so_huu:tu_nhan' }));
  await time('completeness P01 2025S1 DN', () => getCompleteness(wh, { unit: 'P01', period: '2025S1', form: 'DN' }));
  await time('all units × all figures 2025S1 (materialised)', () =>
    wh.write((tx) =>
      tx.run(`create or replace table main.bench_all_figures as select * from ${rollupModels.figures.sql}(null, '2025S1', null, null)`),
    ),
  );
  const [{ n } = { n: 0 }] = await wh.query<{ n: number }>('select count(*) as n from main.bench_all_figures');
  rows.push(['  figures rows', String(n)]);

  // Refresh: one commune sends a corrected version, then the pipeline re-runs and the province is read.
  const before = await getRollup(wh, { unit: 'P01', period: '2025S1', indicators: ['TCD_LUOT'] });
  await time('refresh: store one submission', () =>
    wh.storeSubmission({
      unitCode: 'X00034',
      period: '2025S1',
      form: 'XA',
      status: 'accepted',
      plugin: 'bench',
      file: { sha256: 'f'.repeat(64), size: 1, name: 'X00034-v2.xlsx' },
      uploadedBy: 'bench',
      validation: [],
      facts: [{ indicator: 'TCD_LUOT', num: 100_000, source: { file: 'X00034-v2.xlsx', sheet: 'Biểu', cell: 'D11' } }],
    }),
  );
  await time('refresh: re-run pipeline', () => runRollupPipeline(wh));
  const after = await time('refresh: read province P01', () => getRollup(wh, { unit: 'P01', period: '2025S1', indicators: ['TCD_LUOT'] }));
  rows.push(['  TCD_LUOT P01 before → after', `${before.figures[0]?.value} → ${after.figures[0]?.value}`]);
  rows.push(['peak RSS', `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`]);
} finally {
  await wh.close();
  if (dir !== null) await rm(dir, { recursive: true, force: true });
}
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
