import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeIngestFile } from '@tonghop/ingest-contract';
import { describe, expect, it } from 'vitest';
import { createRegistry, defaultPlugins, formatHint, IngestError, PLUGIN_METAS, UPLOAD_ACCEPT, UPLOAD_EXTENSIONS } from '../src/index';
import { linesPlugin } from './lines-plugin';

async function tlFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tonghop-reg-'));
  const path = join(dir, 'a.tl');
  await writeFile(path, 'unit=24931\n');
  return path;
}

describe('createRegistry', () => {
  it('rejects a malformed plugin with an error naming it', () => {
    const bad = { name: 'broken', extensions: ['.x'], detect: () => 1 } as unknown as ReturnType<typeof linesPlugin>;
    expect(() => createRegistry({ broken: bad })).toThrowError(IngestError);
    expect(() => createRegistry({ broken: bad })).toThrowError(/broken/);
  });

  it('rejects a plugin registered under another name', () => {
    expect(() => createRegistry({ other: linesPlugin('mine') })).toThrowError(/"other".*"mine"/);
  });

  it('rejects the same name twice', () => {
    expect(() => createRegistry([linesPlugin('a'), linesPlugin('a')])).toThrowError(/"a" is registered twice/);
  });

  it('detects by the highest confidence', async () => {
    const registry = createRegistry([linesPlugin('low', 0.6), linesPlugin('high', 0.8)]);
    const d = await registry.detect(await makeIngestFile(await tlFile()));
    expect(d.ok && d.plugin.name).toBe('high');
  });

  it('reports a tie at the top naming both plugins', async () => {
    const registry = createRegistry([linesPlugin('one', 0.7), linesPlugin('two', 0.7)]);
    const d = await registry.detect(await makeIngestFile(await tlFile()));
    expect(d.ok).toBe(false);
    if (!d.ok && d.code === 'FORMAT_AMBIGUOUS') expect(d.tied.map((p) => p.name)).toEqual(['one', 'two']);
    else expect.fail('expected FORMAT_AMBIGUOUS');
  });

  it('refuses below 0.5', async () => {
    const registry = createRegistry([linesPlugin('weak', 0.4)]);
    const d = await registry.detect(await makeIngestFile(await tlFile()));
    expect(d).toEqual({ ok: false, code: 'FORMAT_UNKNOWN', best: 0.4 });
  });

  it('defaultPlugins registers every available plugin by its name', () => {
    const plugins = defaultPlugins();
    const registry = createRegistry(plugins);
    expect(registry.metas.map((p) => p.name)).toEqual(Object.keys(plugins));
    expect(Object.keys(plugins)).toEqual(['csv-long', 'csv-wide', 'excel-form', 'excel-table']);
  });

  it('derives the unknown-format hint, the upload accept list and the allow-list from the registry', () => {
    expect(formatHint(PLUGIN_METAS)).toBe('CSV dạng dài/rộng hoặc Excel dạng biểu mẫu/bảng');
    expect(UPLOAD_ACCEPT).toBe('.csv,.txt,.tsv,.xlsx,.xlsm,.xls,.ods');
    expect(UPLOAD_EXTENSIONS).toEqual(['.csv', '.txt', '.tsv', '.xlsx', '.xlsm', '.xls', '.ods']);
  });
});
