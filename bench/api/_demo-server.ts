/** Shared by the API benchmarks: the demo data in a file database, served on 127.0.0.1, and autocannon. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addUser, openRealDeps, serve, silentLogger } from '../../apps/api/src/index';
import { parseUnitsCsvRows } from '../../packages/core/src/index';
import { runRollupPipeline } from '../../packages/figures/src/index';
import { collect, createRegistry, defaultPlugins, ingestPaths } from '../../packages/ingest/src/index';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** autocannon (a devDependency of apps/api), run in its own process so that the load generator
 * does not share the server's event loop; `-j` prints its result as JSON. */
const AUTOCANNON = fileURLToPath(new URL('../../apps/api/node_modules/autocannon/autocannon.js', import.meta.url));

export interface LoadResult {
  requests: { total: number; average: number };
  non2xx: number;
  errors: number;
  latency: { p50: number; p90: number; p99: number; max: number };
}

/** `rate` = requests per second (open loop); 0 = as fast as the `connections` allow (closed loop). */
export function autocannon(
  url: string,
  headers: Record<string, string>,
  opts: { rate: number; seconds: number; connections: number },
): Promise<LoadResult> {
  const args = [AUTOCANNON, '-j', '-c', String(opts.connections), '-d', String(opts.seconds)];
  if (opts.rate > 0) args.push('-R', String(opts.rate));
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as LoadResult);
    });
  });
}

/** Splits a small CSV with quoted fields (the demo units file). */
function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quoted && ch === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (ch === '"') quoted = !quoted;
        else if (ch === ',' && !quoted) {
          out.push(cur);
          cur = '';
        } else cur += ch;
      }
      out.push(cur);
      return out;
    });
}

export const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? Number.NaN;

/** The demo units and files ingested, the pipeline run, an admin and a viewer, the server listening. */
export async function demoServer() {
  const dir = await mkdtemp(join(tmpdir(), 'tonghop-bench-api-'));
  const clock = () => new Date();
  const real = await openRealDeps({ db: join(dir, 'bench.duckdb'), logger: silentLogger, webDir: null });
  const { warehouse } = real;
  const units = parseUnitsCsvRows(csvRows(await readFile(join(root, 'fixtures/units/demo-units.csv'), 'utf8')));
  await warehouse.importUnits(units.units, 'bench');
  const ingested = await collect(
    ingestPaths([join(root, 'fixtures/demo/files')], { warehouse, plugins: createRegistry(defaultPlugins()), actor: 'bench', clock }),
  );
  await runRollupPipeline(warehouse, { clock });
  const admin = await addUser(warehouse, { name: 'bench-admin', role: 'admin' }, { actor: 'bench', clock });
  const viewer = await addUser(warehouse, { name: 'bench-viewer', role: 'viewer' }, { actor: 'bench', clock });
  const server = await serve({ deps: real.deps, port: 0 });
  return {
    dir,
    clock,
    real,
    warehouse,
    ingested,
    admin,
    viewer,
    server,
    async close() {
      await server.close();
      await real.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
