import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { appendFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineIngestPlugin } from '@tonghop/ingest-contract';
import type { Warehouse } from '@tonghop/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRegistry, defaultPlugins, type IngestContext } from '../src/index';
import { context, count, demoWarehouse, ingest, writeFiles } from './helpers';
import { linesPlugin } from './lines-plugin';

// One read per file: the orchestrator copies the file into the blob store first (hashing while
// it copies) and every plugin reads that immutable copy, so what is stored is always the bytes
// kept, whatever happens to the original meanwhile. A file of which nothing is stored leaves no copy.

let warehouse: Warehouse;
let dir: string;
beforeEach(async () => {
  ({ warehouse, dir } = await demoWarehouse());
});
afterEach(async () => {
  await warehouse.close();
});

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const blobs = async () =>
  (await readdir(join(dir, 'blobs'), { recursive: true }).catch(() => []))
    .filter((p) => p.length > 2 && !p.startsWith('.tmp'))
    .map((p) => p.split('/').pop());

/** The test plugin of `.tlc` files, which spoils its original (`original`) while it reads. */
function spoilingPlugin(spoil: (original: string) => Promise<void>, original: string, seen: string[]) {
  const inner = linesPlugin('test-spoiling');
  return defineIngestPlugin({
    name: 'test-spoiling',
    extensions: ['.tlc'],
    detect: (file) => (file.name.endsWith('.tlc') ? 0.9 : 0),
    async *read(file) {
      seen.push(file.path);
      await spoil(original);
      yield* inner.read(file);
    },
  });
}

describe('one read per file', () => {
  const TEXT = ['unit=24931', 'period=2022S1', 'TCD_LUOT=3', '---', 'unit=24934', 'period=2022S1', 'TCD_LUOT=2'].join('\n');

  it.each([
    ['rewritten', (p: string) => appendFile(p, '\n---\nunit=24937\nperiod=2022S1\nTCD_LUOT=9\n')],
    ['deleted', (p: string) => rm(p)],
  ])('plugins read the stored copy: an original %s while it is read changes nothing', async (_what, spoil) => {
    const [path = ''] = await writeFiles(dir, { 'doi.tlc': TEXT });
    const seen: string[] = [];
    const ctx = context(warehouse, { plugins: createRegistry([linesPlugin(), spoilingPlugin(spoil, path, seen)]) });
    const results = await ingest([path], ctx);
    expect(results.map((r) => [r.status, r.unit, r.facts])).toEqual([
      ['accepted', '24931', 1],
      ['accepted', '24934', 1],
    ]);
    expect(seen).toEqual([warehouse.blobs.path(sha256(TEXT))]);
    const rows = await warehouse.query<{ file_sha256: string }>('select distinct file_sha256 from submissions');
    expect(rows).toEqual([{ file_sha256: sha256(TEXT) }]);
    expect(sha256(await readFile(warehouse.blobs.path(sha256(TEXT))))).toBe(sha256(TEXT));
  });

  it('the staged path reads the copy too: the original rewritten while it is staged changes nothing', async () => {
    const path = join(dir, 'dai.csv');
    const text = 'unit_code,period,indicator,value\n24931,2022S1,TCD_LUOT,3\n24934,2022S1,TCD_LUOT,2\n';
    await writeFile(path, text);
    const ctx: IngestContext = {
      ...context(warehouse, { plugins: createRegistry(defaultPlugins()), stagedAboveBytes: 0 }),
      onProgress: (event) => {
        if (event.kind === 'file-progress' && event.done === Math.round(event.total * 0.4))
          appendFileSync(path, '24937,2022S1,TCD_LUOT,9\n');
      },
    };
    const results = await ingest([path], ctx);
    expect(results.map((r) => [r.status, r.unit, r.facts])).toEqual([
      ['accepted', '24931', 1],
      ['accepted', '24934', 1],
    ]);
    expect(await warehouse.query('select distinct file_sha256 from submissions')).toEqual([{ file_sha256: sha256(text) }]);
    expect(await blobs()).toEqual([sha256(text)]);
  });

  it('a wholly refused file leaves no copy; a file with a stored submission, or stored before, keeps its copy', async () => {
    const [unknownUnit = '', empty = '', notMine = '', partly = ''] = await writeFiles(dir, {
      'a.tl': ['unit=99999', 'period=2022S1', 'TCD_LUOT=1'].join('\n'),
      'b.tl': '',
      'c.xyz': 'nothing anyone reads',
      'd.tl': ['unit=99999', 'period=2022S1', 'TCD_LUOT=1', '---', 'unit=24931', 'period=2022S1', 'TCD_LUOT=3'].join('\n'),
    });
    const results = await ingest([unknownUnit, empty, notMine, partly], context(warehouse));
    expect(results.map((r) => [r.status, r.errors[0]?.rule ?? null])).toEqual([
      ['rejected', 'UNIT_NOT_FOUND'],
      ['rejected', 'FILE_EMPTY'],
      ['rejected', 'FORMAT_UNKNOWN'],
      ['rejected', 'UNIT_NOT_FOUND'],
      ['accepted', null],
    ]);
    expect(await blobs()).toEqual([sha256(await readFile(partly))]);
    expect(await count(warehouse, 'files')).toBe(1);

    // The same bytes again, now refused (the uploader may not submit for the unit): the copy stays, it is named.
    const again = await ingest([partly], context(warehouse, { mayUploadFor: () => false }));
    expect(again.every((r) => r.status === 'rejected')).toBe(true);
    expect(await blobs()).toEqual([sha256(await readFile(partly))]);
  });

  it('a call cut short removes the copies of the files it stored nothing of', async () => {
    const paths = await writeFiles(dir, {
      'a.tl': ['unit=24931', 'period=2022S1', 'TCD_LUOT=3'].join('\n'),
      'b.tl': ['unit=24934', 'period=2022S1', 'TCD_LUOT=2'].join('\n'),
    });
    const { ingestPaths } = await import('../src/index');
    for await (const _ of ingestPaths(paths, context(warehouse, { batch: { submissions: 1, facts: 100 } }))) break;
    expect(await count(warehouse, 'submissions')).toBe(1);
    expect(await blobs()).toEqual([sha256(await readFile(paths[0] ?? ''))]);
  });
});
