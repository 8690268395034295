/** One end-to-end pass of the small form workbooks, for `node --cpu-prof` (not run by `pnpm bench`). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collect, createRegistry, ingestPaths } from '../../packages/ingest/src/index';
import { excelForm, excelTable } from '../../packages/ingest-excel/src/index';
import { demoWarehouse } from './_demo-warehouse';
import { smallFormWorkbooks } from './_workbooks';

const COUNT = Number(process.env.BENCH_FILES ?? 200);
const dir = mkdtempSync(join(tmpdir(), 'bench-excel-prof-'));
const paths = await smallFormWorkbooks(dir, COUNT, true);
for (let round = 0; round < 3; round++) {
  const warehouse = await demoWarehouse();
  const t0 = performance.now();
  const plugins = createRegistry([excelForm(), excelTable()]);
  const results = await collect(ingestPaths(paths, { warehouse, plugins, actor: 'bench', clock: () => new Date() }));
  console.log(`${results.length} results in ${Math.round(performance.now() - t0)} ms`);
  await warehouse.close();
}
rmSync(dir, { recursive: true, force: true });
