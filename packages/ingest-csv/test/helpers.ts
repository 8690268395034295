import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IngestPlugin, SubmissionDraft } from '@tonghop/ingest-contract';
import { makeIngestFile } from '@tonghop/ingest-contract';
import { readAll } from '@tonghop/ingest-contract/testing';
import { afterAll } from 'vitest';

/** A temp folder removed after the file's tests; `read` writes bytes there and reads them with a plugin. */
export function scratch(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `ingest-csv-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  return {
    dir,
    async read(plugin: IngestPlugin, bytes: Uint8Array | string, name = `f${++n}.csv`): Promise<SubmissionDraft[]> {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return readAll(plugin, await makeIngestFile(path));
    },
    async detect(plugin: IngestPlugin, bytes: Uint8Array | string, name = `d${++n}.csv`): Promise<number> {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return plugin.detect(await makeIngestFile(path));
    },
  };
}

export const utf16le = (text: string, bom = true): Uint8Array =>
  Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);

/** Every fact of the drafts as `unit|indicator|option|raw@line`. */
export const factLines = (drafts: readonly SubmissionDraft[]): string[] =>
  drafts.flatMap((d) => d.facts.map((f) => `${d.unit?.text}|${f.indicator}|${f.option ?? ''}|${String(f.raw)}@${f.source.line}`));

export const errorCodes = (drafts: readonly SubmissionDraft[]): string[] =>
  drafts.flatMap((d) => d.errors.map((e) => `${e.code}@${e.source.line}`));
