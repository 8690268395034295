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

  it('hands each chunk to onChunk while copying (one read), and syncs copies put without fsync', async () => {
    const dir = await tempDir();
    const file = join(dir, 'long.csv');
    const bytes = new TextEncoder().encode('unit_code,period,indicator,value\nX01,2022,XA_01,3\n'.repeat(50_000));
    await writeFile(file, bytes);
    const wh = await open({ blobDir: join(dir, 'blobs') });
    const seen: Buffer[] = [];
    const stored = await wh.blobs.put(file, { onChunk: (c) => seen.push(c), sync: false });
    expect(seen.length).toBeGreaterThan(1);
    expect(Buffer.compare(Buffer.concat(seen), bytes)).toBe(0);
    expect(stored.sha256).toBe(sha256(bytes));
    await wh.blobs.sync([stored.sha256, stored.sha256]);
    expect(Buffer.compare(await buffer(await wh.blobs.open(stored.sha256)), bytes)).toBe(0);
  });

  it('held blobs: one this hold created and nobody kept is removed; one that existed or was kept stays', async () => {
    const dir = await tempDir();
    const wh = await open({ blobDir: join(dir, 'blobs') });
    const write = async (name: string, text: string) => {
      const path = join(dir, name);
      await writeFile(path, text);
      return { path, sha: sha256(new TextEncoder().encode(text)) };
    };
    const refused = await write('a.csv', 'refused');
    const a = await wh.blobs.hold(refused.path);
    expect(await wh.blobs.has(refused.sha)).toBe(true);
    await a.release(false);
    expect(await wh.blobs.has(refused.sha)).toBe(false);

    const before = await write('b.csv', 'stored before');
    await wh.blobs.put(before.path);
    await (await wh.blobs.hold(before.path)).release(false);
    expect(await wh.blobs.has(before.sha)).toBe(true);

    // Two ingests of the same bytes at once: the one that stores keeps it, whichever releases last.
    const both = await write('c.csv', 'two at once');
    const first = await wh.blobs.hold(both.path);
    const second = await wh.blobs.hold(both.path);
    await first.release(false);
    expect(await wh.blobs.has(both.sha)).toBe(true);
    await second.release(true);
    expect(await wh.blobs.has(both.sha)).toBe(true);
    const again = await wh.blobs.hold(both.path);
    await again.release(false);
    expect(await wh.blobs.has(both.sha)).toBe(true); // existed before this hold
    expect(await readdir(join(dir, 'blobs', '.tmp'))).toEqual([]);
  });

  it('replaces a blob cut short (another size under its address)', async () => {
    const dir = await tempDir();
    const wh = await open({ blobDir: join(dir, 'blobs') });
    const bytes = new TextEncoder().encode('whole file');
    const { sha256: sha, path } = await wh.blobs.putBytes(bytes);
    await writeFile(path, 'whole');
    await wh.blobs.putBytes(bytes);
    expect(Buffer.compare(await buffer(await wh.blobs.open(sha)), bytes)).toBe(0);
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
