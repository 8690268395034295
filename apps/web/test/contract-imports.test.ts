import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

async function sources(): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(SRC, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && /\.tsx?$/u.test(e.name)).map((e) => join(e.parentPath, e.name));
  return Promise.all(files.map(async (file) => ({ file: file.slice(SRC.length), text: await readFile(file, 'utf8') })));
}

describe('the page takes the API types only, and core for the vocabulary', () => {
  it('imports @tonghop/api only as types, and only its contract', async () => {
    const found = (await sources()).flatMap(({ file, text }) =>
      [...text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'(@tonghop\/api[^']*)'/gmu)].map((m) => `${file}: ${m[1] ? 'type ' : ''}${m[2]}`),
    );
    expect(found).toEqual(['api/contract.ts: type @tonghop/api/contract']);
  });

  it('keeps no copy of the vocabulary: no period regex, no form ↔ type map, no hand-written API shape', async () => {
    for (const { file, text } of await sources()) {
      expect([file, /\\d\{4\}|S\[12\]|Q\[1-4\]/u.test(text)]).toEqual([file, false]);
      expect([file, /\bxa:\s*'XA'|\bXA:\s*'xa'|co_quan:\s*'CQ'/u.test(text)]).toEqual([file, false]);
      expect([file, /interface (Figure|Rollup|Completeness|IngestResult|Indicator|Unit)\b/u.test(text)]).toEqual([file, false]);
    }
  });
});
