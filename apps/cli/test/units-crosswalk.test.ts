import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { openWarehouse } from '@tonghop/warehouse';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from './run-cli';

const DVHC = join(REPO, 'fixtures/units/dvhc');
const HEADER = 'level,old_code,old_name,new_code,new_name,link';
let template: string;

async function count(db: string, sql: string): Promise<number> {
  const warehouse = await openWarehouse({ path: db });
  try {
    return Number((await warehouse.query<{ n: number }>(sql))[0]?.n ?? 0);
  } finally {
    await warehouse.close();
  }
}

/** A database holding both real Lâm Đồng trees (no crosswalk yet). */
async function lamDong(): Promise<string> {
  const db = join(await mkdtemp(join(tmpdir(), 'tonghop-cw-')), 'test.duckdb');
  await copyFile(template, db);
  return db;
}

beforeAll(async () => {
  template = join(await mkdtemp(join(tmpdir(), 'tonghop-cw-template-')), 'lam-dong.duckdb');
  for (const file of ['lam-dong-before-2025-07-01.csv', 'lam-dong-from-2025-07-01.csv']) {
    const r = await runCli(['units', 'import', join(DVHC, file), '--db', template]);
    if (r.code !== 0) throw new Error(r.stdout + r.stderr);
  }
});

describe('units crosswalk', () => {
  it('imports the real Lâm Đồng crosswalk, then again as an update', async () => {
    const db = await lamDong();
    const file = join(DVHC, 'lam-dong-crosswalk-2025-07-01.csv');
    const human = await runCli(['units', 'crosswalk', file, '--db', db]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(
      /^Đã nhập bảng chuyển đổi từ .*lam-dong-crosswalk-2025-07-01\.csv, hiệu lực 2025-07-01: 338 liên kết \(334 toàn bộ, 4 một phần; 338 mới, 0 cập nhật\)\.\n$/,
    );
    const again = await runCli(['units', 'crosswalk', file, '--effective', '2025-07-01', '--db', db, '--json']);
    expect(JSON.parse(again.stdout)).toEqual({ effective: '2025-07-01', imported: 0, updated: 338, full: 334, partial: 4, errors: [] });
    expect(await count(db, 'select count(*) as n from unit_links')).toBe(338);
  });

  const bad: [string, string[], number, RegExp][] = [
    [
      'an unknown code',
      ['xa,24856,Xã Đạ Long,24853,Xã Đam Rông 4,full', 'xa,99999,Xã Không Có,24853,Xã Đam Rông 4,full'],
      3,
      /mã đơn vị cũ "99999" không có trong danh mục đơn vị/,
    ],
    [
      'a code whose versions do not meet at the effective date',
      ['xa,24853,Xã Đạ Tông,24856,Xã Đạ Long,full'],
      2,
      /đơn vị mới "24856" không có phiên bản nào bắt đầu ngày 2025-07-01 \(các phiên bản: "Xã Đạ Long" … – 2025-06-30\)/,
    ],
    [
      'a link between a commune and a province',
      ['xa,24856,Xã Đạ Long,68,Tỉnh Lâm Đồng,full'],
      2,
      /đơn vị mới "68" \(Tỉnh Lâm Đồng\) thuộc cấp tinh, không phải cấp xa của dòng này/,
    ],
    [
      'the same link twice',
      [
        'xa,24856,Xã Đạ Long,24853,Xã Đam Rông 4,full',
        'tinh,67,Tỉnh Đắk Nông,68,Tỉnh Lâm Đồng,full',
        'xa,24856,Xã Đạ Long,24853,Xã Đam Rông 4,partial',
      ],
      4,
      /liên kết 24856 → 24853 trùng với dòng 2/,
    ],
    ['a wrong link kind', ['xa,24856,Xã Đạ Long,24853,Xã Đam Rông 4,toan_bo'], 2, /loại liên kết "toan_bo" không hợp lệ/],
  ];

  it.each(bad)('refuses %s, naming the line, and stores nothing', async (_name, lines, line, pattern) => {
    const db = await lamDong();
    const file = join(dirname(db), 'crosswalk.csv');
    await writeFile(file, [HEADER, ...lines, ''].join('\n'));
    const r = await runCli(['units', 'crosswalk', file, '--db', db, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { imported: number; errors: { line: number; message: string }[] };
    expect(out.imported).toBe(0);
    expect(out.errors).toEqual([
      { line, message: expect.stringMatching(new RegExp(`^tệp .*crosswalk\\.csv, dòng ${line}: ${pattern.source}`)) },
    ]);
    expect(await count(db, 'select count(*) as n from unit_links')).toBe(0);
    expect(await count(db, "select count(*) as n from audit_log where action = 'units.crosswalk'")).toBe(0);
  });

  it('refuses a file in another format (a units file) on its header line', async () => {
    const db = await lamDong();
    const r = await runCli(['units', 'crosswalk', join(DVHC, 'lam-dong-from-2025-07-01.csv'), '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/dòng 1: không phải tệp bảng chuyển đổi đơn vị: thiếu cột level, old_code/);
    expect(await count(db, 'select count(*) as n from unit_links')).toBe(0);
  });

  it('refuses a bad --effective date as a usage error', async () => {
    const db = await lamDong();
    const r = await runCli(['units', 'crosswalk', join(DVHC, 'lam-dong-crosswalk-2025-07-01.csv'), '--effective', '1/7/2025', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Ngày --effective "1/7/2025" không hợp lệ');
  });

  it('links checked against another effective date all fail, nothing imported', async () => {
    const db = await lamDong();
    const r = await runCli([
      'units',
      'crosswalk',
      join(DVHC, 'lam-dong-crosswalk-2025-07-01.csv'),
      '--effective',
      '2025-01-01',
      '--db',
      db,
      '--json',
    ]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { errors: { message: string }[] };
    expect(out.errors).toHaveLength(338);
    expect(out.errors[0]?.message).toContain('không có phiên bản nào kết thúc ngày 2024-12-31');
  });
});
