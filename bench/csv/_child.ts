/**
 * One contender of bench/csv/long-1m.ts, in its own process so that its peak RSS is its own:
 * `tsx _child.ts <plugin|rows|duckdb-memory|duckdb-file> FILE` prints `{rows, ms, cpuMs, maxRssMB}`.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeIngestFile } from '../../packages/ingest-contract/src/index';
import { csvLong } from '../../packages/ingest-csv/src/index';
import { openCsv } from '../../packages/ingest-csv/src/csv-source';
import { headText } from '../../packages/ingest-csv/src/sniff';

const [mode, path] = process.argv.slice(2) as [string, string];

async function viaPlugin(): Promise<number> {
  let facts = 0;
  for await (const draft of csvLong().read(await makeIngestFile(path), {})) {
    if (draft.errors.length > 0) throw new Error(draft.errors[0]?.message);
    facts += draft.facts.length;
  }
  return facts;
}

/** Our decoding + papaparse, rows counted and dropped: the floor under the plugin. */
async function rowsOnly(): Promise<number> {
  const file = await makeIngestFile(path);
  const head = headText(file.head, true);
  if (!head) throw new Error('not text');
  let rows = 0;
  for await (const batch of openCsv(file, head, ',', {}).batches) rows += batch.rows.length;
  return rows - 1;
}

/** The few members of @duckdb/node-api used here (it is not resolvable from bench/ for tsc). */
interface DuckInstanceClass {
  create(path: string): Promise<{ connect(): Promise<DuckConnection>; closeSync(): void }>;
}
interface DuckConnection {
  run(sql: string, values?: unknown[]): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjects(): Record<string, unknown>[] }>;
  closeSync(): void;
}

async function viaDuckdb(memory: boolean): Promise<number> {
  const require = createRequire(join(import.meta.dirname, '../../packages/ingest-csv/package.json'));
  // Resolved from the package that declares it (bench/ has no node_modules of its own).
  const { DuckDBInstance } = (await import(require.resolve('@duckdb/node-api'))) as { DuckDBInstance: DuckInstanceClass };
  const dir = mkdtempSync(join(tmpdir(), 'bench-duck-'));
  const instance = await DuckDBInstance.create(memory ? ':memory:' : join(dir, 'b.duckdb'));
  const con = await instance.connect();
  await con.run('create table facts as select * from read_csv($1, header = true, all_varchar = true)', [path]);
  const reader = await con.runAndReadAll('select count(*)::integer as n from facts');
  const n = Number(reader.getRowObjects()[0]?.n);
  con.closeSync();
  instance.closeSync();
  rmSync(dir, { recursive: true, force: true });
  return n;
}

const cpu0 = process.cpuUsage();
const start = performance.now();
const rows = mode === 'plugin' ? await viaPlugin() : mode === 'rows' ? await rowsOnly() : await viaDuckdb(mode === 'duckdb-memory');
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
process.stdout.write(`${JSON.stringify({ rows, ms, cpuMs, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
