import { mkdirSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWarehouse, sweepBlobs } from '../src/index';

const old = (path: string) => utimesSync(path, new Date('2020-01-01'), new Date('2020-01-01'));

describe('sweepBlobs (issue 12 item 6)', () => {
  it('removes old unreferenced blobs and temp copies, keeps referenced and young ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tonghop-gc-'));
    const wh = await openWarehouse({ path: join(dir, 'gc.duckdb') });
    try {
      const kept = await wh.blobs.putBytes(Buffer.from('referenced'));
      await wh.write((tx) =>
        tx.run('insert into files (sha256, size, first_name, stored_at) values ($1, $2, $3, now())', [kept.sha256, kept.size, 'a.csv']),
      );
      old(kept.path);
      const orphan = await wh.blobs.putBytes(Buffer.from('killed before its commit'));
      old(orphan.path);
      const young = await wh.blobs.putBytes(Buffer.from('a write still running'));
      mkdirSync(join(wh.blobs.dir, '.tmp'), { recursive: true });
      const temp = join(wh.blobs.dir, '.tmp', 'half-written');
      writeFileSync(temp, 'xx');
      old(temp);

      expect(await sweepBlobs(wh, wh.blobs, { dryRun: true })).toEqual({ orphans: 1, temps: 1, bytes: 26, kept: 1 });
      expect(existsSync(orphan.path)).toBe(true);
      expect(await sweepBlobs(wh, wh.blobs)).toEqual({ orphans: 1, temps: 1, bytes: 26, kept: 1 });
      expect(existsSync(orphan.path)).toBe(false);
      expect(existsSync(temp)).toBe(false);
      expect(existsSync(kept.path)).toBe(true);
      expect(existsSync(young.path)).toBe(true);
      expect(await sweepBlobs(wh, wh.blobs, { minAgeMs: 0 })).toMatchObject({ orphans: 1, kept: 0 });
      expect(existsSync(young.path)).toBe(false);
    } finally {
      await wh.close();
    }
  });
});
