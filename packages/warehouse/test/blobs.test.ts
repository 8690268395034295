import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { open, tempDir } from './helpers';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('blob store', () => {
  it('streams a file in under <dir>/<sha[0:2]>/<sha>, byte for byte', async () => {
    const dir = await tempDir();
    const bytes = randomBytes(3 * 1024 * 1024 + 17); // several stream chunks
    const file = join(dir, 'báo cáo.xlsx');
    await writeFile(file, bytes);
    const wh = await open({ blobDir: join(dir, 'blobs') });
    const stored = await wh.blobs.put(file);
    const expected = sha256(bytes);
    expect(stored).toEqual({ sha256: expected, size: bytes.length, path: join(dir, 'blobs', expected.slice(0, 2), expected) });
    expect(wh.blobs.path(expected)).toBe(stored.path);
    expect(Buffer.compare(await readFile(stored.path), bytes)).toBe(0);
    expect(Buffer.compare(await buffer(await wh.blobs.open(expected)), bytes)).toBe(0);
    expect(await wh.blobs.has(expected)).toBe(true);
  });

  it('is idempotent and leaves no temp files behind', async () => {
    const dir = await tempDir();
    const wh = await open({ blobDir: join(dir, 'blobs') });
    const bytes = new TextEncoder().encode('unit_code,period,indicator,value\nX01,2022,XA_01,3\n');
    const results = await Promise.all([wh.blobs.putBytes(bytes), wh.blobs.putBytes(bytes), wh.blobs.putBytes(bytes)]);
    expect(new Set(results.map((r) => r.sha256))).toEqual(new Set([sha256(bytes)]));
    expect(await readdir(join(dir, 'blobs', '.tmp'))).toEqual([]);
    expect(await readdir(join(dir, 'blobs', sha256(bytes).slice(0, 2)))).toEqual([sha256(bytes)]);
  });

  it('keeps nothing when the file is not the bytes the caller hashed (BLOB_CHANGED)', async () => {
    const dir = await tempDir();
    const file = join(dir, 'long.csv');
    const read = new TextEncoder().encode('unit_code,period,indicator,value\nX01,2022,XA_01,3\n');
    const now = new TextEncoder().encode('unit_code,period,indicator,value\nX01,2022,XA_01,4\n');
    await writeFile(file, now); // the file changed after the caller read and hashed it
    const wh = await open({ blobDir: join(dir, 'blobs') });
    await expect(wh.blobs.put(file, sha256(read))).rejects.toMatchObject({
      code: 'BLOB_CHANGED',
      message: expect.stringContaining('đã thay đổi trong khi đang được nhận'),
    });
    expect(await wh.blobs.has(sha256(read))).toBe(false);
    expect(await wh.blobs.has(sha256(now))).toBe(false);
    expect(await readdir(join(dir, 'blobs', '.tmp'))).toEqual([]);
    expect((await wh.blobs.put(file, sha256(now))).sha256).toBe(sha256(now));
    await expect(wh.blobs.put(file, 'ABC')).rejects.toMatchObject({ code: 'BLOB_BAD_HASH' });
  });

  it('says which blob is missing and refuses malformed hashes', async () => {
    const wh = await open();
    const absent = sha256(new TextEncoder().encode('never stored'));
    expect(await wh.blobs.has(absent)).toBe(false);
    await expect(wh.blobs.open(absent)).rejects.toMatchObject({ code: 'BLOB_NOT_FOUND', message: expect.stringContaining(absent) });
    expect(() => wh.blobs.path('../../etc/passwd')).toThrow(expect.objectContaining({ code: 'BLOB_BAD_HASH' }));
  });

  it('fails on a missing source file without leaving a temp file', async () => {
    const dir = await tempDir();
    const wh = await open({ blobDir: join(dir, 'blobs') });
    await expect(wh.blobs.put(join(dir, 'nope.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(join(dir, 'blobs', '.tmp'))).toEqual([]);
  });
});
