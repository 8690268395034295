import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertPluginShape } from '../define';
import { makeIngestFile } from '../ingest-file';
import type { IngestPlugin, SubmissionDraft } from '../types';
import type { IngestCase } from './cases';
import { normalizeDrafts, stringifyCompact } from './golden';
import { readAll } from './read-all';
import { checkDraftSources } from './sources';

export interface TestIngestPluginOptions {
  plugin: IngestPlugin;
  /**
   * Fixture cases: those whose `plugin` is this plugin's name are its own. That other plugins'
   * files are left alone is checked once for all registered plugins, by the registry's test
   * (packages/ingest/test/registry-detect.test.ts).
   */
  cases: readonly IngestCase[];
}

/** Bytes no plugin should choke on: read must report, not throw. */
const GARBAGE: Record<string, Uint8Array> = {
  'empty.bin': new Uint8Array(0),
  'bom-only.csv': new Uint8Array([0xef, 0xbb, 0xbf]),
  'noise.bin': Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251),
  'zip-magic.bin': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]),
};

/** Registers the shared contract tests for one plugin (call it at a test file's top level). */
export function testIngestPlugin({ plugin, cases }: TestIngestPluginOptions): void {
  const own = cases.filter((c) => c.plugin === plugin.name);
  const update = process.env.UPDATE_GOLDEN === '1';

  describe(`ingest plugin contract: ${plugin.name}`, () => {
    it('has the plugin shape', () => {
      expect(() => assertPluginShape(plugin)).not.toThrow();
      expect(own.length, 'the plugin has fixture cases of its own').toBeGreaterThan(0);
    });

    it.each(own.map((c) => c.input))('detect(%s) is a deterministic confidence in [0, 1]', async (path) => {
      const file = await makeIngestFile(path);
      const first = await plugin.detect(file);
      expect(typeof first).toBe('number');
      expect(first).toBeGreaterThanOrEqual(0);
      expect(first).toBeLessThanOrEqual(1);
      expect(await plugin.detect(file)).toBe(first);
    });

    it.each(own.map((c) => [c.name, c] as const))('detects its own case %s (≥ 0.5)', async (_name, c) => {
      expect(await plugin.detect(await makeIngestFile(c.input))).toBeGreaterThanOrEqual(0.5);
    });

    it.each(own.map((c) => [c.name, c] as const))('reads %s into drafts whose facts and issues have sources', async (_name, c) => {
      const file = await makeIngestFile(c.input);
      const drafts = await readAll(plugin, file);
      expect(drafts.length).toBeGreaterThan(0);
      expect(checkDraftSources(file.name, drafts)).toEqual([]);
      const withErrors = drafts.filter((d) => d.errors.length > 0);
      if (c.expect === 'ok') expect(withErrors.map((d) => d.errors)).toEqual([]);
      else expect(withErrors.length).toBeGreaterThan(0);
    });

    it.each(own.map((c) => [c.name, c] as const))('matches the golden drafts of %s', async (_name, c) => {
      const drafts = await readAll(plugin, await makeIngestFile(c.input));
      const actual = normalizeDrafts(plugin.name, drafts);
      if (update) writeFileSync(c.golden, `${stringifyCompact(actual)}\n`);
      expect(existsSync(c.golden), `${c.golden} is missing: run with UPDATE_GOLDEN=1 and check it`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(c.golden, 'utf8')));
    });

    it.each(own.filter((c) => c.expect === 'errors').map((c) => [c.name, c] as const))(
      'reports the bad case %s in Vietnamese with a place',
      async (_name, c) => {
        const drafts = await readAll(plugin, await makeIngestFile(c.input));
        const errors = drafts.flatMap((d: SubmissionDraft) => d.errors);
        expect(errors.length).toBeGreaterThan(0);
        for (const e of errors) {
          expect(e.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
          expect(e.message, 'a Vietnamese message has diacritics').toMatch(/[À-ỹ]/u);
          expect(e.source.cell !== undefined || e.source.line !== undefined || e.source.sheet !== undefined).toBe(true);
        }
      },
    );

    describe('never throws on bad bytes', () => {
      const dir = mkdtempSync(join(tmpdir(), `contract-${plugin.name}-`));
      afterAll(() => rmSync(dir, { recursive: true, force: true }));
      it.each(Object.keys(GARBAGE))('%s', async (name) => {
        const path = join(dir, name);
        writeFileSync(path, GARBAGE[name] as Uint8Array);
        const file = await makeIngestFile(path);
        const confidence = await plugin.detect(file);
        expect(confidence).toBeGreaterThanOrEqual(0);
        const drafts = await readAll(plugin, file);
        expect(checkDraftSources(file.name, drafts)).toEqual([]);
      });
      it('rejects (does not hang) when the file vanished: an I/O failure', async () => {
        const path = join(dir, 'vanishing.csv');
        writeFileSync(path, 'x\n');
        const file = await makeIngestFile(path);
        rmSync(path);
        await expect(readAll(plugin, file)).rejects.toThrow();
      });
    });
  });
}
