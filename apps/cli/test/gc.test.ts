import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDb, runCli } from './run-cli';

describe('tonghop gc (issue 12 item 6)', () => {
  it('removes an original file a killed write left without a database row, keeps the referenced ones', async () => {
    const db = await freshDb();
    const csv = join(db, '..', 'a.csv');
    writeFileSync(csv, 'unit_code,period,indicator,value\n24931,2022S1,TCD_LUOT,5\n');
    expect((await runCli(['ingest', csv, '--db', db])).code).toBe(0);
    const sha = 'ab'.padEnd(64, '0');
    mkdirSync(join(`${db}.files`, 'ab'), { recursive: true });
    const orphan = join(`${db}.files`, 'ab', sha);
    writeFileSync(orphan, 'left by a kill');
    utimesSync(orphan, new Date('2020-01-01'), new Date('2020-01-01'));
    const r = await runCli(['gc', '--json', '--db', db]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ orphans: 1, temps: 0 });
    expect(existsSync(orphan)).toBe(false);
    const ids = await runCli(['gc', '--json', '--min-age', '0', '--db', db]);
    expect(JSON.parse(ids.stdout)).toMatchObject({ orphans: 0 }); // the ingested file is referenced
    expect((await runCli(['gc', '--min-age', 'x', '--db', db])).code).toBe(2);
  }, 60_000);
});
