import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { addUser, openRealDeps, serve, silentLogger } from '@tonghop/api';
import { readUnitsCsv } from './units-csv';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const DATA_FILE = /\.(xlsx|xlsm|csv|tsv|txt)$/iu;

export interface DemoServer {
  url: string;
  tokens: { admin: string; viewer: string; uploader: string };
  /** The ingest results of the demo files, as the API answered them. */
  loaded: unknown[];
  close(): Promise<void>;
}

interface DemoFile {
  path: string;
  received_at: string | null;
}

/** The demo files in manifest order with when each was received; without a manifest, name order. */
async function demoFiles(): Promise<DemoFile[]> {
  const dir = join(FIXTURES, 'demo');
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest)) {
    const { files } = JSON.parse(await readFile(manifest, 'utf8')) as { files: { path: string; received_at?: string }[] };
    return files.map((f) => ({ path: join(dir, f.path), received_at: f.received_at ?? null }));
  }
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && DATA_FILE.test(e.name))
    .map((e) => ({ path: join(e.parentPath, e.name), received_at: null }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The real API (apps/api) on 127.0.0.1, port 0, over a temp DuckDB with the demo units, users of
 * three roles, and the demo files uploaded through POST /api/submissions, then the pipelines run.
 */
export async function startDemoServer(webDir: string | null): Promise<DemoServer> {
  const dir = await mkdtemp(join(tmpdir(), 'tonghop-web-'));
  // Each demo file is uploaded at the moment the manifest says it was received (timeliness).
  let now: Date | null = null;
  const clock = () => now ?? new Date();
  const real = await openRealDeps({ db: join(dir, 'demo.duckdb'), logger: silentLogger, clock, webDir });
  await real.warehouse.importUnits(await readUnitsCsv(join(FIXTURES, 'units/demo-units.csv')), 'test');
  const ctx = { actor: 'test', clock };
  const tokens = {
    admin: (await addUser(real.warehouse, { name: 'Quản trị', role: 'admin' }, ctx)).token,
    viewer: (await addUser(real.warehouse, { name: 'Lãnh đạo tỉnh', role: 'viewer' }, ctx)).token,
    uploader: (await addUser(real.warehouse, { name: 'Văn phòng Đam Rông', role: 'uploader', unitCode: '679' }, ctx)).token,
  };
  const server = await serve({ deps: real.deps, port: 0, hostname: '127.0.0.1' });
  const auth = { authorization: `Bearer ${tokens.admin}` };
  const loaded: unknown[] = [];
  for (const file of await demoFiles()) {
    now = file.received_at ? new Date(file.received_at) : null;
    const form = new FormData();
    form.append('file', new File([await readFile(file.path)], basename(file.path)));
    const upload = await fetch(`${server.url}/api/submissions`, { method: 'POST', body: form, headers: auth });
    if (!upload.ok) throw new Error(`demo upload of ${file.path}: HTTP ${upload.status} ${await upload.text()}`);
    loaded.push(...((await upload.json()) as unknown[]));
  }
  now = null;
  const run = await fetch(`${server.url}/api/pipelines/run`, { method: 'POST', headers: auth });
  if (!run.ok) throw new Error(`pipeline run: HTTP ${run.status} ${await run.text()}`);
  return {
    url: server.url,
    tokens,
    loaded,
    async close() {
      await server.close();
      await real.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
