import { appendFileSync } from 'node:fs';
import { appendFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineIngestPlugin, makeIngestFile } from '@tonghop/ingest-contract';
import type { Warehouse } from '@tonghop/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRegistry, defaultPlugins, type IngestContext } from '../src/index';
import { createUnitIndex } from '../src/resolve-header';
import { ingestStaged } from '../src/staged/ingest-staged';
import { context, count, demoWarehouse, ingest, writeFiles } from './helpers';
import { linesPlugin } from './lines-plugin';

// A file whose bytes change while it is being ingested (someone saves over it) is refused from
// that point: the facts read would not be the bytes kept, and the submission would point at a
// blob address its file is not stored under. The change is real: the file is rewritten on disk.

let warehouse: Warehouse;
let dir: string;
beforeEach(async () => {
  ({ warehouse, dir } = await demoWarehouse());
});
afterEach(async () => {
  await warehouse.close();
});

const blobs = async () =>
  (await readdir(join(dir, 'blobs'), { recursive: true }).catch(() => [])).filter((p) => p.length > 2 && !p.startsWith('.tmp'));
const audited = async () =>
  warehouse.query<{ action: string; target: string; rule: string }>(
    `select action, target, json_extract_string(detail, '$.errors[0].rule') as rule from audit_log where action like 'submission.%' order by id`,
  );

/** The test plugin of `.tlc` files, which appends to the file it reads before yielding each draft. */
function changingPlugin() {
  const inner = linesPlugin('test-changing');
  return defineIngestPlugin({
    name: 'test-changing',
    extensions: ['.tlc'],
    detect: (file) => (file.name.endsWith('.tlc') ? 0.9 : 0),
    async *read(file) {
      for await (const draft of inner.read(file)) {
        await appendFile(file.path, '\n');
        yield draft;
      }
    },
  });
}

describe('a file that changes while it is ingested', () => {
  it('plugin path: refused from the first valid draft on, nothing stored, other files unaffected', async () => {
    const [changing = '', other = ''] = await writeFiles(dir, {
      'doi.tlc': ['unit=99999', 'period=2022S1', 'TCD_LUOT=1', '---', 'unit=24931', 'period=2022S1', 'TCD_LUOT=3'].join('\n'),
      'khac.tl': ['unit=24934', 'period=2022S1', 'TCD_LUOT=2'].join('\n'),
    });
    const ctx = context(warehouse, { plugins: createRegistry([linesPlugin(), changingPlugin()]) });
    const [unknown, changed, kept, ...rest] = await ingest([changing, other], ctx);
    expect(rest).toHaveLength(0);
    expect(unknown?.errors[0]?.rule).toBe('UNIT_NOT_FOUND');
    expect(changed).toMatchObject({ file: changing, status: 'rejected', plugin: 'test-changing', submission_id: null, facts: 0 });
    expect(changed?.errors).toEqual([
      {
        cell: null,
        rule: 'FILE_CHANGED',
        message: `tệp ${changing}: tệp đã bị thay đổi trong khi đang được nhận (nội dung lúc lưu khác nội dung đã đọc); không lưu số liệu nào từ đây, hãy nộp lại tệp`,
      },
    ]);
    expect(kept).toMatchObject({ file: other, status: 'accepted', facts: 1 });
    expect(await warehouse.query('select unit_code from submissions')).toEqual([{ unit_code: '24934' }]);
    expect(await count(warehouse, 'facts')).toBe(1);
    expect(await blobs()).toHaveLength(1); // only the other file's bytes
    expect((await audited()).map((a) => [a.action, a.rule])).toEqual([
      ['submission.refuse', 'UNIT_NOT_FOUND'],
      ['submission.refuse', 'FILE_CHANGED'],
      ['submission.store', null],
    ]);
  });

  const HEADER = 'unit_code,period,indicator,value';
  it.each([
    ['clean groups (stored by the staged insert)', `${HEADER}\n24931,2022S1,TCD_LUOT,3\n24934,2022S1,TCD_LUOT,2\n`],
    ["only a group that goes the plugin's way (a warning)", `${HEADER}\n24934,2022S1,TCD_LUOT,5\n24934,2022S1,TCD_NGUOI,2\n`],
  ])('staged path, %s: the file is refused, nothing stored', async (_what, text) => {
    const path = join(dir, 'dai.csv');
    await writeFile(path, text);
    // The staged path reports 70 % once the file is staged and checked, just before keeping its bytes.
    const ctx: IngestContext = {
      ...context(warehouse, { plugins: createRegistry(defaultPlugins()), stagedAboveBytes: 0 }),
      onProgress: (event) => {
        if (event.kind === 'file-progress' && event.done === Math.round(event.total * 0.7))
          appendFileSync(path, '24937,2022S1,TCD_LUOT,9\n');
      },
    };
    const plugin = defaultPlugins()['csv-long'];
    if (!plugin) throw new Error('no csv-long plugin');
    const run = { ctx, registry: createRegistry(defaultPlugins()), units: createUnitIndex(await warehouse.listUnits()) };
    const out = await ingestStaged(await makeIngestFile(path, 'dai.csv'), plugin, run);
    if (!('results' in out)) throw new Error('the staged path was not taken');
    expect(out.results.map((r) => [r.status, r.errors[0]?.rule])).toEqual([['rejected', 'FILE_CHANGED']]);
    expect(await count(warehouse, 'submissions')).toBe(0);
    expect(await count(warehouse, 'facts')).toBe(0);
    expect(await blobs()).toEqual([]);
    expect((await audited()).map((a) => [a.action, a.target, a.rule])).toEqual([['submission.refuse', 'dai.csv', 'FILE_CHANGED']]);
  });
});
