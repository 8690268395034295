import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cellRef, columnLetters, errorDraft, hasErrors, HEAD_BYTES, issue, makeIngestFile } from '../src/index';

const dir = mkdtempSync(join(tmpdir(), 'ingest-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cellRef', () => {
  it('formats A1 references', () => {
    expect([cellRef(1, 1), cellRef(4, 12), cellRef(26, 3), cellRef(27, 3), cellRef(52, 1), cellRef(702, 9), cellRef(703, 9)]).toEqual([
      'A1',
      'D12',
      'Z3',
      'AA3',
      'AZ1',
      'ZZ9',
      'AAA9',
    ]);
    expect(columnLetters(16384)).toBe('XFD');
  });
  it('refuses impossible columns and rows', () => {
    expect(() => cellRef(0, 1)).toThrow(RangeError);
    expect(() => cellRef(1, 0)).toThrow(RangeError);
    expect(() => cellRef(1.5, 2)).toThrow(RangeError);
  });
});

describe('makeIngestFile', () => {
  it('reads the size and at most 64 KiB of head', async () => {
    const path = join(dir, 'big.csv');
    const bytes = Buffer.alloc(HEAD_BYTES + 1000, 0x61);
    bytes[0] = 0x62;
    writeFileSync(path, bytes);
    const file = await makeIngestFile(path, 'Báo cáo.csv');
    expect(file).toMatchObject({ name: 'Báo cáo.csv', path, size: HEAD_BYTES + 1000 });
    expect(file.head.length).toBe(HEAD_BYTES);
    expect(file.head[0]).toBe(0x62);
  });
  it('handles small and empty files, naming them by their base name', async () => {
    const path = join(dir, 'small.csv');
    writeFileSync(path, 'ab');
    expect(await makeIngestFile(path)).toMatchObject({ name: 'small.csv', size: 2, head: new Uint8Array([0x61, 0x62]) });
    writeFileSync(path, '');
    expect((await makeIngestFile(path)).head.length).toBe(0);
  });
  it('rejects a missing file', async () => {
    await expect(makeIngestFile(join(dir, 'nope.csv'))).rejects.toThrow(/ENOENT/);
  });
});

describe('drafts', () => {
  it('builds an error draft with nothing resolved', () => {
    const e = issue('X_EMPTY', 'Tệp trống (dòng 1).', { file: 'a.csv', line: 1 });
    const d = errorDraft('a.csv', [e]);
    expect(d).toEqual({ unit: null, period: null, form: null, facts: [], errors: [e], warnings: [], source: { file: 'a.csv' } });
    expect(hasErrors(d)).toBe(true);
    expect(hasErrors([{ ...d, errors: [] }])).toBe(false);
  });
});
