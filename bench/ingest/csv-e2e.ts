/**
 * Bench: a 1,000,000-line long CSV through `ingestPaths` into a DuckDB file, against DuckDB's own
 * `read_csv` of the same file into a table of another DuckDB file, in the same run.
 * Each side runs in its own child process so that its peak RSS is its own.
 *
 *   UV_THREADPOOL_SIZE=16 tsx bench/ingest/csv-e2e.ts [lines]
 *
 * The file has synthetic communes (bench units) × 12 months × the XA integer indicators, so every
 * line is a distinct fact; one submission per (commune, month): 50,000 submissions of 20 facts for
 * the default 1,000,000 lines (about 10 s in all on the 2-core build machine, so `pnpm bench` runs
 * it). Such a file takes the orchestrator's staged path (DuckDB reads it; packages/ingest README).
 *
 * A third child measures the floor: the least any ingest storing this file must do, in plain SQL
 * on the real schema and with no resolving or checking at all — keep the original bytes
 * (`blobs.put`), stage the rows with their line numbers (`read_csv` has none), number the
 * submissions, insert their facts (indicator text as written), submission and audit rows, commit.
 * Its ratio bounds what the real ingest can reach on this machine. Two lighter floors show what
 * the audit rows and the copy of the original cost: `floor-no-audit`, and `floor-bare` (neither).
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indicatorsForForm, type Unit } from '../../packages/core/src/index';
import { collect, createRegistry, defaultPlugins, ingestPaths } from '../../packages/ingest/src/index';
import { openWarehouse } from '../../packages/warehouse/src/index';

const SELF = fileURLToPath(import.meta.url);
const MONTHS = Array.from({ length: 12 }, (_, i) => `2022-${String(i + 1).padStart(2, '0')}`);
const INDICATORS = indicatorsForForm('XA')
  .filter((i) => i.valueType === 'integer')
  .map((i) => i.code);

function benchUnits(lines: number): Unit[] {
  const communes = Math.ceil(lines / (MONTHS.length * INDICATORS.length));
  const open = { groups: [], validFrom: null, validTo: null };
  const units: Unit[] = [
    { code: 'B68', name: 'Tỉnh Bench', type: 'tinh', parentCode: null, ...open },
    { code: 'B679', name: 'Huyện Bench', type: 'huyen', parentCode: 'B68', ...open },
  ];
  for (let i = 1; i <= communes; i++) {
    units.push({ code: `B${String(i).padStart(6, '0')}`, name: `Xã Bench ${i}`, type: 'xa', parentCode: 'B679', ...open });
  }
  return units;
}

async function writeCsv(path: string, units: Unit[], lines: number): Promise<number> {
  const out = createWriteStream(path);
  out.write('unit_code,period,indicator,value\n');
  let written = 0;
  let buffer = '';
  outer: for (const unit of units.filter((u) => u.type === 'xa')) {
    for (const month of MONTHS) {
      for (const code of INDICATORS) {
        if (written >= lines) break outer;
        // Zero passes every rule (sums equal, comparisons hold).
        buffer += `${unit.code},${month},${code},0\n`;
        written += 1;
        if (buffer.length > 1 << 20) {
          if (!out.write(buffer)) await new Promise<void>((r) => out.once('drain', () => r()));
          buffer = '';
        }
      }
    }
  }
  out.write(buffer);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return written;
}

interface Measure {
  rows: number;
  seconds: number;
  maxRssMb: number;
  detail?: unknown;
}

async function runDuckdb(csv: string, db: string, _lines: number): Promise<Measure> {
  const warehouse = await openWarehouse({ path: db });
  const started = performance.now();
  await warehouse.write((tx) => tx.run('create table bench_csv as select * from read_csv(?, header = true)', [csv]));
  const seconds = (performance.now() - started) / 1000;
  const rows = await warehouse.query<{ n: number }>('select count(*) as n from bench_csv');
  await warehouse.close();
  return { rows: Number(rows[0]?.n ?? 0), seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function runIngest(csv: string, db: string, lines: number): Promise<Measure> {
  const warehouse = await openWarehouse({ path: db });
  await warehouse.importUnits(benchUnits(lines), 'bench');
  const started = performance.now();
  const results = await collect(
    ingestPaths([csv], {
      warehouse,
      plugins: createRegistry(defaultPlugins()),
      actor: 'bench',
      clock: () => new Date(),
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const facts = await warehouse.query<{ n: number }>('select count(*) as n from facts');
  await warehouse.close();
  const statuses: Record<string, number> = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const firstError = results.find((r) => r.errors.length > 0)?.errors[0];
  return {
    rows: Number(facts[0]?.n ?? 0),
    seconds,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    detail: { submissions: results.length, statuses, firstError },
  };
}

type FloorWrites = { audit: boolean; blob: boolean };

async function runFloor(csv: string, db: string, lines: number, writes: FloorWrites): Promise<Measure> {
  const warehouse = await openWarehouse({ path: db });
  await warehouse.importUnits(benchUnits(lines), 'bench');
  const started = performance.now();
  const blob = writes.blob ? warehouse.blobs.put(csv) : Promise.resolve({ sha256: '0'.repeat(64), size: 0 });
  const st = warehouse.staging();
  await st.stageCsv('rows', csv, { delimiter: ',', width: 4 });
  const { sha256, size } = await blob;
  const rows = st.table('rows');
  const groups = st.table('groups');
  await st.createAs(
    'groups',
    `select u, p, n, nextval('submission_id_seq') as id
    from (select c0 as u, c1 as p, min(rowid) as first, count(*)::integer as n from ${rows} group by c0, c1 order by first)`,
  );
  await warehouse.write(async (tx) => {
    await tx.run('insert into files (sha256, size, first_name, stored_at) values ($1, $2, $3, now())', [sha256, size, 'long.csv']);
    await tx.run(
      `insert into submissions select id, u, p, 'XA', 1, null, 'accepted', 'csv-long', $1, 'long.csv', null,
      sha256($1 || '|' || u || '|' || p || '|XA|'), 'bench', now(), n from ${groups}`,
      [sha256],
    );
    await tx.run(`insert into fact_values select g.id, s.c2, null, s.c3::double, null, null, null, null, (s.rowid + 2)::integer
      from ${rows} s join ${groups} g on g.u = s.c0 and g.p = s.c1`);
    if (writes.audit)
      await tx.run(`insert into audit_log (logged_at, actor, action, target, detail) select now(), 'bench', 'submission.store', id::varchar,
      json_object('unit', u, 'period', p, 'form', 'XA', 'version', 1, 'facts', n) from ${groups}`);
  });
  await st.close();
  const seconds = (performance.now() - started) / 1000;
  const facts = await warehouse.query<{ n: number }>('select count(*) as n from fact_values');
  await warehouse.close();
  return { rows: Number(facts[0]?.n ?? 0), seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

function child(mode: string, csv: string, db: string, lines: number): Measure {
  const r = spawnSync(process.execPath, [...process.execArgv, SELF, mode, csv, db, String(lines)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Measure;
}

async function main(): Promise<void> {
  const [mode, csvArg, dbArg, linesArg] = process.argv.slice(2);
  const modes: Record<string, (csv: string, db: string, lines: number) => Promise<Measure>> = {
    duckdb: runDuckdb,
    ingest: runIngest,
    floor: (c, d, l) => runFloor(c, d, l, { audit: true, blob: true }),
    'floor-no-audit': (c, d, l) => runFloor(c, d, l, { audit: false, blob: true }),
    'floor-bare': (c, d, l) => runFloor(c, d, l, { audit: false, blob: false }),
  };
  const run = mode === undefined ? undefined : modes[mode];
  if (run) {
    const m = await run(csvArg ?? '', dbArg ?? '', Number(linesArg));
    process.stdout.write(`${JSON.stringify(m)}\n`);
    return;
  }
  const lines = Number(mode ?? 1_000_000) || 1_000_000;
  // BENCH_KEEP_DIR=/some/dir keeps the generated file and databases there (for profiling a mode alone).
  const keep = process.env.BENCH_KEEP_DIR;
  const dir = keep ?? (await mkdtemp(join(tmpdir(), 'tonghop-bench-ingest-')));
  try {
    const csv = join(dir, 'long.csv');
    const written = await writeCsv(csv, benchUnits(lines), lines);
    const duck = child('duckdb', csv, join(dir, 'duck.duckdb'), lines);
    const floors = ['floor', 'floor-no-audit', 'floor-bare'].map((m) => [m, child(m, csv, join(dir, `${m}.duckdb`), lines)] as const);
    const ours = child('ingest', csv, join(dir, 'ingest.duckdb'), lines);
    const rate = (m: Measure) => Math.round(m.rows / m.seconds);
    console.log(`lines in file:        ${written}`);
    console.log(
      `DuckDB read_csv:      ${duck.rows} rows in ${duck.seconds.toFixed(2)} s = ${rate(duck)} rows/s, peak RSS ${duck.maxRssMb.toFixed(0)} MB`,
    );
    console.log(
      `tonghop ingest:       ${ours.rows} facts in ${ours.seconds.toFixed(2)} s = ${rate(ours)} rows/s, peak RSS ${ours.maxRssMb.toFixed(0)} MB`,
    );
    console.log(`ratio ingest/read_csv: ${(rate(ours) / rate(duck)).toFixed(3)}`);
    for (const [m, f] of floors) {
      console.log(
        `${`${m}:`.padEnd(21)} ${f.rows} facts in ${f.seconds.toFixed(2)} s = ${rate(f)} rows/s, ratio ${(rate(f) / rate(duck)).toFixed(3)}, peak RSS ${f.maxRssMb.toFixed(0)} MB`,
      );
    }
    console.log(
      '(floor: the least SQL that stores these rows as the ingest does, with no resolving or checks; -no-audit: without the 50,000 audit rows; -bare: without them and without keeping the original bytes)',
    );
    const floor = floors[0]?.[1];
    if (floor) console.log(`ratio ingest/floor:   ${(rate(ours) / rate(floor)).toFixed(3)} (goal ≥ 0.6, issue 11)`);
    console.log(`ingest detail: ${JSON.stringify(ours.detail)}`);
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}

await main();
