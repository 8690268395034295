// Child process of lazy-load.test.ts: which heavy libraries are loaded after importing the
// orchestrator, after ingesting a CSV, and after ingesting a workbook. Prints one JSON line.
import { createRequire } from 'node:module';

const cache = () => Object.keys(createRequire(import.meta.url).cache);
const heavy = () => {
  const keys = cache();
  const n = (lib: string) => keys.filter((k) => k.includes(`/node_modules/${lib}/`)).length;
  return { exceljs: n('exceljs'), yauzl: n('yauzl'), papaparse: n('papaparse') };
};
const [csv = '', xlsx = ''] = process.argv.slice(2);
const out: Record<string, unknown> = {};
const { collect, createRegistry, defaultPlugins, ingestPaths } = await import('../src/index');
const { openWarehouse } = await import('@tonghop/warehouse');
out.imported = heavy();
const warehouse = await openWarehouse({ path: ':memory:' });
const ctx = { warehouse, plugins: createRegistry(defaultPlugins()), actor: 'test', clock: () => new Date() };
out.csvResults = (await collect(ingestPaths([csv], ctx))).length;
out.afterCsv = heavy();
out.xlsxResults = (await collect(ingestPaths([xlsx], ctx))).length;
out.afterXlsx = heavy();
await warehouse.close();
console.log(JSON.stringify(out));
