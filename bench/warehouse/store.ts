/**
 * storeSubmission throughput: facts/s for one 100,000-fact submission stored through the
 * DuckDB Appender, against DuckDB's own `read_csv` of the same facts into the same table
 * (`fact_values`, in a transaction on the same writer). File database in a temp folder. Prints, never asserts.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWarehouse, type NewFact, type NewSubmission } from '../../packages/warehouse/src/index';

const FACTS = 100_000;
const RUNS = 5;

const facts: NewFact[] = Array.from({ length: FACTS }, (_, i) => ({
  indicator: `XA_${String(i % 40).padStart(2, '0')}`,
  option: i % 10 === 0 ? 'MTTQ' : null,
  num: i,
  source: { file: 'bench.csv', line: i + 2 },
}));

function submission(run: number): NewSubmission {
  const sha256 = createHash('sha256').update(`bench-${run}`).digest('hex');
  return {
    unitCode: 'X01',
    period: '2022',
    form: 'XA',
    status: 'accepted',
    plugin: 'bench',
    file: { sha256, size: 1, name: 'bench.csv' },
    uploadedBy: 'bench',
    facts,
    validation: [],
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const rate = (ms: number): string => `${Math.round((FACTS / ms) * 1000).toLocaleString('en-US')} facts/s`;

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'tonghop-bench-wh-'));
  try {
    const csv = join(dir, 'facts.csv');
    const lines = facts.map((f, i) => `${i},${f.indicator},${f.option ?? ''},${f.num},,,,,${f.source.line}`);
    await writeFile(csv, `${lines.join('\n')}\n`);
    for (const path of [join(dir, 'bench.duckdb'), ':memory:']) {
      const wh = await openWarehouse({ path, blobDir: join(dir, 'blobs') });
      const appender: number[] = [];
      const readCsv: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        let t = performance.now();
        await wh.storeSubmission(submission(run));
        appender.push(performance.now() - t);
        t = performance.now();
        await wh.write((tx) =>
          tx.run(
            `insert into fact_values select * from read_csv($1, header = false, nullstr = '', columns = {
               'submission_id': 'bigint', 'indicator': 'varchar', 'option': 'varchar', 'num_value': 'double',
               'bool_value': 'boolean', 'text_value': 'varchar', 'source_sheet': 'varchar', 'source_cell': 'varchar',
               'source_line': 'integer'})`,
            [csv],
          ),
        );
        readCsv.push(performance.now() - t);
      }
      const [{ n } = { n: 0 }] = await wh.query<{ n: number }>('select count(*) as n from fact_values');
      const label = path === ':memory:' ? 'in-memory db' : 'file db';
      console.log(`${label}: storeSubmission (appender) median ${median(appender).toFixed(0)} ms = ${rate(median(appender))}`);
      console.log(`${label}: read_csv baseline      median ${median(readCsv).toFixed(0)} ms = ${rate(median(readCsv))}`);
      console.log(
        `${label}: ratio appender/read_csv = ${(median(readCsv) / median(appender)).toFixed(2)}  (${n.toLocaleString('en-US')} facts in the table)`,
      );
      await wh.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
