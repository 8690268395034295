import { join } from 'node:path';
import { makeIngestFile } from '@tonghop/ingest-contract';
import { loadFixtureCases, testIngestPlugin } from '@tonghop/ingest-contract/testing';
import type { Warehouse } from '@tonghop/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptOf, createRegistry, formatHint, PLUGINS, type PluginEntry } from '../src/index';
import { context, demoWarehouse, ingest, writeFiles } from './helpers';
import kvTiny from './kv-tiny/kv-tiny';
import { kvTinyMeta } from './kv-tiny/meta';

// Checks the steps of docs/ingest.md "Adding a plugin" with a tiny real plugin (test/kv-tiny/):
// its folder (meta.ts + the plugin module + fixtures) and one registry line are all it takes.

const KV_FIXTURES = join(import.meta.dirname, 'kv-tiny/fixtures');
const ROOT_FIXTURES = join(import.meta.dirname, '../../../fixtures');

// Step 3: the shared contract suite over its own fixtures.
testIngestPlugin({ plugin: kvTiny(), cases: loadFixtureCases(KV_FIXTURES) });

/** Step 2: the one registry line (here added to the real registry's lines). */
const withKv = () => createRegistry({ ...PLUGINS, 'kv-tiny': { meta: kvTinyMeta, load: () => import('./kv-tiny/kv-tiny') } });

let warehouse: Warehouse;
let dir: string;
beforeEach(async () => {
  ({ warehouse, dir } = await demoWarehouse());
});
afterEach(async () => {
  await warehouse.close();
});

describe('adding a plugin: one folder plus one registry line', () => {
  it('the registry knows it without loading it; accept, allow-list and the unknown-format hint follow', () => {
    const registry = withKv();
    expect(registry.metas.map((m) => m.name)).toEqual(['csv-long', 'csv-wide', 'excel-form', 'excel-table', 'kv-tiny']);
    expect(acceptOf(registry.metas)).toBe('.csv,.txt,.tsv,.xlsx,.xlsm,.xls,.ods,.kv');
    expect(formatHint(registry.metas)).toBe('CSV dạng dài/rộng, Excel dạng biểu mẫu/bảng hoặc Tệp khóa-giá trị');
  });

  it('ingests its files end to end, and the unknown-format message names it', async () => {
    const registry = withKv();
    const [path = ''] = await writeFiles(dir, { 'a.kv': '#tonghop-kv\nunit;24931\nperiod;2022S1\nTCD_LUOT;3\n', 'b.txt': 'hello' });
    const results = await ingest([path, join(dir, 'b.txt')], context(warehouse, { plugins: registry }));
    expect(results.map((r) => [r.plugin, r.status, r.unit, r.facts])).toEqual([
      ['kv-tiny', 'accepted', '24931', 1],
      [null, 'rejected', null, 0],
    ]);
    expect(results[1]?.errors[0]?.message).toBe(
      `tệp ${join(dir, 'b.txt')}: Không nhận dạng được định dạng tệp (cần CSV dạng dài/rộng, Excel dạng biểu mẫu/bảng hoặc Tệp khóa-giá trị)`,
    );
  });

  it('no other plugin claims its fixtures, and it claims none of theirs', async () => {
    const registry = withKv();
    const plugins = await registry.load();
    const kv = loadFixtureCases(KV_FIXTURES);
    const others = ['csv', 'excel'].flatMap((area) => loadFixtureCases(join(ROOT_FIXTURES, area)));
    for (const c of [...kv, ...others]) {
      const file = await makeIngestFile(c.input);
      for (const p of plugins.filter((p) => p.name !== c.plugin)) {
        expect(await p.detect(file), `${p.name} on ${c.plugin}/${c.name}`).toBeLessThan(0.5);
      }
    }
  });
});

describe('a registry line whose plugin is wrong is refused when it loads, naming it', () => {
  const meta = { name: 'broken', label: 'Hỏng', extensions: ['.x'] };
  it.each<[string, PluginEntry, RegExp]>([
    ['no read()', { meta, load: async () => ({ default: () => ({ ...meta, detect: () => 0 }) }) }, /"broken".*read/],
    [
      'other metadata than its line',
      { meta, load: async () => ({ default: () => ({ ...kvTiny(), name: 'broken' }) }) },
      /"broken".*metadata/,
    ],
    ['a module that does not load', { meta, module: '@tonghop/no-such-plugin' }, /"broken".*does not load/],
  ])('%s', async (_what, entry, message) => {
    const registry = createRegistry({ broken: entry });
    expect(registry.metas).toEqual([meta]);
    const [path = ''] = await writeFiles(dir, { 'a.x': 'x' });
    await expect(registry.detect(await makeIngestFile(path))).rejects.toMatchObject({
      code: 'PLUGIN_INVALID',
      message: expect.stringMatching(message),
    });
  });
});
