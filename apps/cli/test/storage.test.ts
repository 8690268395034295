import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDb, MAIN, runCli, TSX } from './run-cli';

const CSV = 'unit_code,period,indicator,value\n24931,2022S1,TCD_LUOT,5\n';

/** Whether this machine lets us mount a read-only tmpfs in a private namespace (Linux user namespaces). */
const canUnshare =
  spawnSync('unshare', ['-rm', 'sh', '-c', 'mount --bind /tmp /tmp && mount -o remount,ro,bind /tmp /tmp'], {
    stdio: 'ignore',
  }).status === 0;
if (!canUnshare)
  console.warn(
    'storage.test: `unshare -rm` + a read-only bind mount unavailable here — the EROFS case is SKIPPED (the ENOTDIR case still runs)',
  );

describe('a file store the CLI cannot write (issue 12 item 6)', () => {
  it('a blob folder that is a file: Vietnamese message, exit 1, no stack trace', async () => {
    const db = await freshDb();
    writeFileSync(`${db}.files`, 'x');
    const csv = join(dirname(db), 'a.csv');
    writeFileSync(csv, CSV);
    const r = await runCli(['ingest', csv, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Không đọc/ghi được dữ liệu');
    expect(r.stderr).toContain('[ENOTDIR]');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.skipIf(!canUnshare)('a read-only file store (EROFS, a real read-only mount): Vietnamese message, exit 1', async () => {
    const db = await freshDb();
    const store = `${db}.files`;
    mkdirSync(join(store, '.tmp'), { recursive: true });
    const csv = join(dirname(db), 'a.csv');
    writeFileSync(csv, CSV);
    // The store as an operator would find it after a disk went read-only: its folders exist, nothing can be written.
    const script = `mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && exec "$2" "$3" ingest "$4" --db "$5"`;
    const r = spawnSync('unshare', ['-rm', 'sh', '-c', script, 'sh', store, TSX, MAIN, csv, db], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('ổ đĩa chỉ cho đọc');
    expect(r.stderr).toContain('[EROFS]');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
