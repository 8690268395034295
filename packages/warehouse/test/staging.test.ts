import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WarehouseError } from '../src/index';
import { open, submission, tempDir } from './helpers';

async function csvFile(text: string | Buffer): Promise<string> {
  const path = join(await tempDir(), 'staged.csv');
  await writeFile(path, text);
  return path;
}

describe('Staging.stageCsv', () => {
  it('reads every field as text, in file order, empty and "" as \'\', spaces kept', async () => {
    const wh = await open();
    const st = wh.staging();
    const n = await st.stageCsv('rows', await csvFile('\uFEFFa;b;c\r\n 1 ;"x;y";\r\n"";"a""b";3\r\n'), { delimiter: ';', width: 3 });
    expect(n).toBe(2);
    expect(await st.query(`select rowid::integer as r, c0, c1, c2 from ${st.table('rows')} order by rowid`)).toEqual([
      { r: 0, c0: ' 1 ', c1: 'x;y', c2: '' },
      { r: 1, c0: '', c1: 'a"b', c2: '3' },
    ]);
    await st.close();
    await expect(st.query(`select * from ${st.table('rows')}`)).rejects.toThrow(WarehouseError);
  });

  it.each([
    ['a line with fewer fields', 'a,b,c\n1,2\n'],
    ['a line with more fields', 'a,b,c\n1,2,3,4\n'],
    ['invalid UTF-8', Buffer.concat([Buffer.from('a,b,c\n1,'), Buffer.from([0xff, 0xfe]), Buffer.from(',3\n')])],
    ['a header wider than announced', 'a,b,c,d\n1,2,3,4\n'],
  ])('fails on %s', async (_what, text) => {
    const wh = await open();
    const st = wh.staging();
    await expect(st.stageCsv('rows', await csvFile(text), { delimiter: ',', width: 3 })).rejects.toThrow(WarehouseError);
    await st.close();
  });

  it('keeps two stagings apart and reads columns as arrays', async () => {
    const wh = await open();
    const [a, b] = [wh.staging(), wh.staging()];
    await a.stageCsv('rows', await csvFile('x\n1\n2\n'), { delimiter: ',', width: 1 });
    await b.load('rows', [
      { name: 'k', type: 'INTEGER', values: [7] },
      { name: 'v', type: 'VARCHAR', values: ['bảy'] },
    ]);
    expect(await a.columns(`select c0 from ${a.table('rows')} order by rowid`)).toEqual({ c0: ['1', '2'] });
    expect(await b.columns(`select k, v from ${b.table('rows')}`)).toEqual({ k: [7], v: ['bảy'] });
    await a.close();
    await b.close();
  });
});

describe('storeSubmissions with staged facts', () => {
  async function staged() {
    const wh = await open();
    const st = wh.staging();
    const rows = [
      [0, 'A', 2],
      [0, 'B', 3],
      [1, 'A', 4],
    ] as const;
    await st.load('f', [
      { name: 'grp', type: 'INTEGER', values: rows.map((r) => r[0]) },
      { name: 'indicator', type: 'VARCHAR', values: rows.map((r) => r[1]) },
      { name: 'line', type: 'INTEGER', values: rows.map((r) => r[2]) },
    ]);
    await st.createView(
      'facts',
      `select grp, indicator, null as option, 1.0 as num_value, null as bool_value, null as text_value,
              null as source_sheet, null as source_cell, line as source_line from ${st.table('f')}`,
    );
    return { wh, st, select: { staging: st, table: 'facts' } };
  }

  it('stores staged and listed facts in one batch, in list order', async () => {
    const { wh, select } = await staged();
    const file = { sha256: 'a'.repeat(64), size: 10, name: 'staged.csv' };
    const stored = await wh.storeSubmissions(
      [
        submission({ unitCode: 'X01', file, facts: [], staged: { group: 0, count: 2 } }),
        submission({ unitCode: 'X02', file }),
        submission({ unitCode: 'X03', file, facts: [], staged: { group: 1, count: 1 } }),
      ],
      { staged: select },
    );
    expect(stored.map((s) => s.factCount)).toEqual([2, 3, 1]);
    const facts = await wh.getFacts(stored[0]?.id ?? 0);
    expect(facts.map((f) => [f.unitCode, f.indicator, f.source.file, f.source.line])).toEqual([
      ['X01', 'A', 'staged.csv', 2],
      ['X01', 'B', 'staged.csv', 3],
    ]);
    expect(await wh.query('select count(*)::integer as n from facts')).toEqual([{ n: 6 }]);
  });

  it('stores nothing when the staged rows do not match the declared counts', async () => {
    const { wh, select } = await staged();
    await expect(
      wh.storeSubmissions([submission({ facts: [], staged: { group: 0, count: 3 } })], { staged: select }),
    ).rejects.toMatchObject({ code: 'SUBMISSION_INVALID' });
    expect(await wh.query('select (select count(*) from submissions)::integer as s, (select count(*) from facts)::integer as f')).toEqual([
      { s: 0, f: 0 },
    ]);
  });

  it('refuses a staged submission without a staged query, or with listed facts', async () => {
    const { wh } = await staged();
    await expect(wh.storeSubmissions([submission({ facts: [], staged: { group: 0, count: 2 } })])).rejects.toMatchObject({
      code: 'SUBMISSION_INVALID',
    });
    await expect(
      wh.storeSubmissions([submission({ staged: { group: 0, count: 2 } })], { staged: { staging: wh.staging(), table: 'facts' } }),
    ).rejects.toMatchObject({ code: 'SUBMISSION_INVALID' });
  });
});
