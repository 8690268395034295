import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { openWarehouse } from '@tonghop/warehouse';
import { describe, expect, it } from 'vitest';
import { freshDb, REPO, runCli } from './run-cli';

const DVHC = join(REPO, 'fixtures/units/dvhc');
const HEADER = 'code,name,type,parent_code,groups,valid_from,valid_to';

async function rows<T>(db: string, sql: string): Promise<T[]> {
  const warehouse = await openWarehouse({ path: db });
  try {
    return await warehouse.query<T>(sql);
  } finally {
    await warehouse.close();
  }
}

describe('units import of the real trees (spec §2: versions)', () => {
  it('the new national tree after the old one adds versions and loses none', async () => {
    const db = await freshDb({ empty: true });
    const old = await runCli(['units', 'import', join(DVHC, 'units-before-2025-07-01.csv'), '--db', db, '--json']);
    expect(old.code).toBe(0);
    expect(JSON.parse(old.stdout)).toEqual({ imported: 10_806, updated: 0, errors: [] });
    const next = await runCli(['units', 'import', join(DVHC, 'units-from-2025-07-01.csv'), '--db', db, '--json']);
    expect(next.code).toBe(0);
    expect(JSON.parse(next.stdout)).toEqual({ imported: 3355, updated: 0, errors: [] });
    expect(await rows(db, `select name, valid_to::varchar as valid_to from units where code = '22915'`)).toEqual([
      { name: 'Phường Mũi Né', valid_to: '2025-06-30' },
    ]);
    expect(await rows(db, `select name, parent_code from units where code = '24853' order by valid_from nulls first`)).toEqual([
      { name: 'Xã Đạ Tông', parent_code: '674' },
      { name: 'Xã Đam Rông 4', parent_code: '68' },
    ]);
    expect(await rows(db, 'select count(*)::integer as n from units')).toEqual([{ n: 10_806 + 3355 }]);
    // And the real national crosswalk: every one of its 10,667 links meets the versions.
    const cross = await runCli(['units', 'crosswalk', join(DVHC, 'crosswalk-2025-07-01.csv'), '--db', db, '--json']);
    expect(cross.code).toBe(0);
    expect(JSON.parse(cross.stdout)).toMatchObject({ imported: 10_667, full: 10_667 - 1012, partial: 1012, errors: [] });
  }, 60_000);

  it('refuses overlapping versions of one code, naming both lines, and imports nothing', async () => {
    const db = await freshDb({ empty: true });
    const file = join(dirname(db), 'units.csv');
    await writeFile(
      file,
      [
        HEADER,
        '68,Tỉnh Lâm Đồng,tinh,,,,2025-06-30',
        '24853,Xã Đạ Tông,xa,68,,,2025-06-30',
        '24853,Xã Đam Rông 4,xa,68,,2025-06-01,',
        '',
      ].join('\n'),
    );
    const r = await runCli(['units', 'import', file, '--db', db, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).errors).toEqual([
      {
        line: 4,
        message: expect.stringMatching(
          /^tệp .*units\.csv, dòng 4: mã đơn vị "24853" có hai phiên bản trùng thời gian hiệu lực: dòng 3 \("Xã Đạ Tông", … – 2025-06-30\) và dòng 4 \("Xã Đam Rông 4", 2025-06-01 – …\)/,
        ),
      },
    ]);
    expect(await rows(db, 'select count(*)::integer as n from units')).toEqual([{ n: 0 }]);
  });

  it('refuses a line that overlaps a stored version it does not replace, naming the line and that version', async () => {
    const db = await freshDb({ empty: true });
    const first = join(dirname(db), 'old.csv');
    const second = join(dirname(db), 'new.csv');
    await writeFile(first, [HEADER, '68,Tỉnh Lâm Đồng,tinh,,,,', ''].join('\n'));
    await writeFile(second, [HEADER, '68,Tỉnh Lâm Đồng,tinh,,,2025-07-01,', '24853,Xã Đam Rông 4,xa,68,,2025-07-01,', ''].join('\n'));
    expect((await runCli(['units', 'import', first, '--db', db])).code).toBe(0);
    const r = await runCli(['units', 'import', second, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Không nhập tệp');
    expect(r.stdout).toContain(
      'dòng 2: mã đơn vị "68" ("Tỉnh Lâm Đồng", 2025-07-01 – …) trùng thời gian hiệu lực với phiên bản đã có trong cơ sở dữ liệu ("Tỉnh Lâm Đồng", … – …)',
    );
    expect(await rows(db, 'select count(*)::integer as n from units')).toEqual([{ n: 1 }]);
  });
});
