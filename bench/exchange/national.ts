/**
 * Exchange benchmark (issue 18, docs/scale.md): the national synthetic data (bench/pipelines),
 * exported province by province as Parquet, then imported into one national instance and rolled
 * up. Goals: export of one province ≤ 2 s; import of 34 ≤ 30 s; the national run after import
 * within the full-run goal (≤ 10 s). Prints figures; asserts nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportParquet, importParquet } from '../../packages/exchange/src/index';
import { runRollupPipeline } from '../../packages/figures/src/index';
import { openWarehouse } from '../../packages/warehouse/src/index';
import { generateNational } from '../pipelines/_generate';

const dir = await mkdtemp(join(tmpdir(), 'tonghop-bench-exchange-'));
const time = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
  const t0 = performance.now();
  const result = await fn();
  process.stdout.write(`${label}: ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);
  return result;
};
try {
  const source = await openWarehouse({ path: join(dir, 'source.duckdb') });
  process.stdout.write(`generated ${JSON.stringify(await generateNational(source))}\n`);
  await time('run the pipeline on the source', () => runRollupPipeline(source));
  const provinces = (await source.query<{ code: string }>(`select code from units where type = 'tinh' order by code`)).map((p) => p.code);
  const exports: string[] = [];
  const t0 = performance.now();
  for (const [i, code] of provinces.entries()) {
    const out = join(dir, `export-${code}`);
    const run = () => exportParquet(source, { out, unit: code });
    if (i === 0) await time(`export of one province (${code})`, run);
    else await run();
    exports.push(out);
  }
  process.stdout.write(`export of ${provinces.length} provinces: ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);
  await source.close();
  const national = await openWarehouse({ path: join(dir, 'national.duckdb') });
  await time(`import of ${exports.length} exports`, async () => {
    for (const e of exports) await importParquet(national, e, { actor: 'bench' });
  });
  await time('national run after import', () => runRollupPipeline(national));
  await national.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
