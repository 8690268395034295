import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@tonghop/warehouse';
import { ingestPaths, type IngestResult } from '../src/index';
import { context, count, demoWarehouse, ingest, writeFiles } from './helpers';

const GOOD = [
  'unit=24931',
  'period=2022S1',
  'form=XA',
  'TCD_LUOT=10',
  'TCD_NGUOI=12',
  'DON_TONG=5',
  'DON_KHIEU_NAI=2',
  'DON_TO_CAO=0',
  'DON_KIEN_NGHI=3',
  'XA_MOT_CUA=Có',
].join('\n');
const draft = (unit: string, total = 5): string => GOOD.replace('unit=24931', `unit=${unit}`).replace('DON_TONG=5', `DON_TONG=${total}`);

/** Five drafts in one file, a refused one (unknown unit) and a rejected one (rule R01) in the middle. */
const MIXED = [draft('24931'), draft('99999'), draft('24934', 6), draft('24937'), draft('24940')].join('\n---\n');

const opened: Warehouse[] = [];
afterEach(async () => {
  for (const w of opened.splice(0)) await w.close();
});

async function fresh(): Promise<{ warehouse: Warehouse; dir: string }> {
  const made = await demoWarehouse();
  opened.push(made.warehouse);
  return made;
}

describe('batched storing', () => {
  let base: { warehouse: Warehouse; dir: string };
  beforeEach(async () => {
    base = await fresh();
  });

  it('gives the same results in the same order whatever the batch size', async () => {
    const [path = ''] = await writeFiles(base.dir, { 'mixed.tl': MIXED });
    const runs: IngestResult[][] = [];
    for (const batch of [{ submissions: 1, facts: 1 }, { submissions: 2, facts: 100_000 }, undefined]) {
      const { warehouse } = await fresh();
      runs.push(await ingest([path, path], context(warehouse, batch ? { batch } : {})));
      expect(await count(warehouse, 'submissions')).toBe(4);
    }
    const [one = [], two = [], whole = []] = runs;
    expect(one.map((r) => [r.unit, r.status, r.submission_id, r.warnings.map((w) => w.rule)])).toEqual([
      ['24931', 'accepted', 1, []],
      [null, 'rejected', null, []],
      ['24934', 'rejected', 2, []],
      ['24937', 'accepted', 3, []],
      ['24940', 'accepted', 4, []],
      ['24931', 'accepted', 1, ['IDENTICAL_FILE']],
      [null, 'rejected', null, []],
      ['24934', 'rejected', 2, ['IDENTICAL_FILE']],
      ['24937', 'accepted', 3, ['IDENTICAL_FILE']],
      ['24940', 'accepted', 4, ['IDENTICAL_FILE']],
    ]);
    expect(two).toEqual(one);
    expect(whole).toEqual(one);
  });

  it('stores a failing batch one by one: the submissions before the bad one stand, its error propagates', async () => {
    const { warehouse, dir } = base;
    // A real database failure for the second draft only: at most one submission per period.
    await warehouse.write((tx) => tx.run('create unique index one_per_period on submissions (period)'));
    const [path = ''] = await writeFiles(dir, { 'two.tl': [draft('24931'), draft('24934'), draft('24937')].join('\n---\n') });
    const seen: IngestResult[] = [];
    const run = async (): Promise<void> => {
      for await (const r of ingestPaths([path], context(warehouse))) seen.push(r);
    };
    await expect(run()).rejects.toMatchObject({ code: 'QUERY_FAILED' });
    expect(seen.map((r) => [r.unit, r.status])).toEqual([['24931', 'accepted']]);
    expect(await warehouse.query('select unit_code from submissions')).toEqual([{ unit_code: '24931' }]);
    expect(await count(warehouse, 'facts')).toBe(seen[0]?.facts);
  });

  it('stores the files of one call in one batch: one transaction, results in order, the first name of a file kept', async () => {
    const { warehouse, dir } = base;
    const paths = await writeFiles(dir, {
      'a.tl': draft('24931'),
      'b.tl': [draft('99999'), draft('24934')].join('\n---\n'),
      'c.tl': draft('24931'), // the same bytes as a.tl under another name
    });
    const batches: number[] = [];
    const store = warehouse.storeSubmissions.bind(warehouse);
    const counting: Warehouse = {
      ...warehouse,
      storeSubmissions: (list, options) => {
        batches.push(list.length);
        return store(list, options);
      },
    };
    const results = await ingest(paths, context(counting));
    expect(results.map((r) => [r.file.split('/').pop(), r.unit, r.status, r.warnings.map((w) => w.rule)])).toEqual([
      ['a.tl', '24931', 'accepted', []],
      ['b.tl', null, 'rejected', []],
      ['b.tl', '24934', 'accepted', []],
      ['c.tl', '24931', 'accepted', ['IDENTICAL_FILE']],
    ]);
    expect(await warehouse.query('select first_name from files order by first_name')).toEqual([
      { first_name: paths[0] },
      { first_name: paths[1] },
    ]);
    expect(batches).toEqual([3]); // one storeSubmissions call (one transaction) for the three files
    expect(await warehouse.query('select id from submissions order by id')).toEqual([{ id: 1 }, { id: 2 }]);
  });
});
