/**
 * How much importing a module loads: wall time and the CommonJS modules of heavy libraries
 * (exceljs, yauzl, papaparse) that end up in the require cache.
 *
 *   tsx bench/ingest/_count-modules.ts [module]   (default: packages/ingest/src/index.ts)
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const target = resolve(process.argv[2] ?? 'packages/ingest/src/index.ts');
const t0 = performance.now();
await import(pathToFileURL(target).href);
const ms = performance.now() - t0;
const cache = Object.keys(createRequire(import.meta.url).cache);
const heavy = (name: string) => cache.filter((k) => k.includes(`/node_modules/${name}/`) || k.includes(`/${name}@`)).length;
console.log(
  JSON.stringify({
    module: target,
    ms: Math.round(ms),
    cjsModules: cache.length,
    exceljs: heavy('exceljs'),
    yauzl: heavy('yauzl'),
    papaparse: heavy('papaparse'),
  }),
);
