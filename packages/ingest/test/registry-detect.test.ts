import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeIngestFile } from '@tonghop/ingest-contract';
import { loadFixtureCases, type IngestCase } from '@tonghop/ingest-contract/testing';
import { describe, expect, it } from 'vitest';
import { createRegistry, defaultPlugins, PLUGINS } from '../src/index';

// One test for the whole registry: every registered plugin's `detect` over every fixture of
// every other plugin (< 0.5), so that adding a plugin needs no "foreign files" list anywhere.
// Fixtures are found by convention: fixtures/<area>/<case>/case.json naming a registered plugin.

const FIXTURES = join(import.meta.dirname, '../../../fixtures');

/** Every plugin fixture case (areas whose cases name a plugin; the CLI's end-to-end cases do not). */
function pluginCases(): IngestCase[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((area) => area.isDirectory())
    .flatMap((area) => {
      const dir = join(FIXTURES, area.name);
      const first = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory());
      if (!first || !existsSync(join(dir, first.name, 'case.json'))) return [];
      try {
        return loadFixtureCases(dir);
      } catch {
        return []; // not plugin fixtures (no "plugin" field)
      }
    });
}

const cases = pluginCases();
const names = Object.keys(PLUGINS);
/** Bytes of other formats no plugin fixture holds: a bare zip header named .xlsx. */
const extra = join(mkdtempSync(join(tmpdir(), 'registry-detect-')), 'book.xlsx');
writeFileSync(extra, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]));

describe('the registry: every plugin leaves the others’ fixtures alone', () => {
  it('has fixtures for every registered plugin, and names no unregistered one', () => {
    expect(new Set(cases.map((c) => c.plugin))).toEqual(new Set(names));
  });

  const pairs = names.flatMap((plugin) =>
    cases.filter((c) => c.plugin !== plugin).map((c) => [plugin, `${c.plugin}/${c.name}`, c.input] as const),
  );
  const registry = createRegistry(defaultPlugins());

  it.each(pairs)('%s does not claim %s', async (name, _case, input) => {
    const plugin = await registry.get(name);
    const file = await makeIngestFile(input);
    const confidence = await plugin?.detect(file);
    expect(confidence).toBeGreaterThanOrEqual(0);
    expect(confidence).toBeLessThan(0.5);
  });

  it.each(cases.map((c) => [`${c.plugin}/${c.name}`, c] as const))('the registry gives %s to its own plugin', async (_name, c) => {
    const d = await registry.detect(await makeIngestFile(c.input));
    expect(d.ok && d.plugin.name).toBe(c.plugin);
  });

  it.each(names.filter((n) => n.startsWith('csv-')))('%s does not claim a bare zip named .xlsx', async (name) => {
    expect(await (await registry.get(name))?.detect(await makeIngestFile(extra))).toBeLessThan(0.5);
  });
});
