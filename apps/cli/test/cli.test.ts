import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { openWarehouse } from '@tonghop/warehouse';
import { describe, expect, it } from 'vitest';
import { freshDb, REPO, runCli, UNITS } from './run-cli';

const GOOD = join(REPO, 'fixtures/cases/good-long-utf8/input.csv');
const BAD = join(REPO, 'fixtures/cases/bad-text-in-number/input.csv');

async function count(db: string, sql: string): Promise<number> {
  const warehouse = await openWarehouse({ path: db });
  try {
    const rows = await warehouse.query<{ n: number }>(sql);
    return Number(rows[0]?.n ?? 0);
  } finally {
    await warehouse.close();
  }
}

describe('units import', () => {
  it('imports the demo units, with a Vietnamese summary and a JSON one', async () => {
    const db = await freshDb({ empty: true });
    const human = await runCli(['units', 'import', UNITS, '--db', db]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^Đã nhập danh mục đơn vị từ .*demo-units\.csv: 44 đơn vị mới, 0 đơn vị cập nhật\.\n$/);
    const json = await runCli(['units', 'import', UNITS, '--db', db, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ imported: 0, updated: 44, errors: [] });
    expect(await count(db, "select count(*) as n from units where type = 'xa' and parent_code = '679'")).toBe(9);
  });

  it('refuses a units file with a bad line, naming it, and imports nothing', async () => {
    const db = await freshDb({ empty: true });
    const file = join(dirname(db), 'units.csv');
    await writeFile(
      file,
      'code,name,type,parent_code,groups,valid_from,valid_to\n68,Tỉnh Lâm Đồng,tinh,,,,\n679,Huyện Đam Rông,quan,68,,,\n',
    );
    const r = await runCli(['units', 'import', file, '--db', db, '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { imported: number; errors: { line: number; message: string }[] };
    expect(out.imported).toBe(0);
    expect(out.errors).toEqual([{ line: 3, message: expect.stringMatching(/^tệp .*units\.csv, dòng 3: .*"quan"/) }]);
    expect(await count(db, 'select count(*) as n from units')).toBe(0);
  });
});

describe('ingest', () => {
  it('human output in Vietnamese, errors listed under the file; exit 1 when one is refused', async () => {
    const db = await freshDb();
    const r = await runCli(['ingest', GOOD, BAD, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✔ ${GOOD}: đã nhận — Xã Rô Men (24931), 6 tháng đầu năm 2022, biểu XA`);
    expect(r.stdout).toMatch(
      new RegExp(
        `✖ ${BAD.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: bị từ chối.*\\n    lỗi: tệp .*, dòng 2: TCD_LUOT: "tám" không phải là số`,
      ),
    );
    expect(r.stdout).toMatch(/Tổng cộng: 2 tệp, 3 báo cáo — 2 đã nhận, 0 có cảnh báo, 1 bị từ chối\.\n$/);
  });

  it('--json prints only the JSON array on stdout; exit 0 when all are accepted', async () => {
    const db = await freshDb();
    const r = await runCli(['--json', 'ingest', '--db', db, GOOD]);
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.stdout) as unknown[];
    expect(parsed).toHaveLength(2);
    expect(r.stdout.trim().startsWith('[')).toBe(true);
    expect(Object.keys(parsed[0] as object)).toEqual([
      'file',
      'status',
      'plugin',
      'unit',
      'period',
      'form',
      'submission_id',
      'supersedes',
      'facts',
      'errors',
      'warnings',
    ]);
  });

  it('TONGHOP_DB chooses the database when --db is absent', async () => {
    const db = await freshDb();
    const r = await runCli(['ingest', GOOD, '--json'], { env: { TONGHOP_DB: db } });
    expect(r.code).toBe(0);
    expect(await count(db, 'select count(*) as n from submissions')).toBe(2);
  });

  it('--received-at records when the submissions were received', async () => {
    const db = await freshDb();
    const r = await runCli(['ingest', GOOD, '--db', db, '--received-at', '2022-07-05T09:00:00+07:00', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(await count(db, "select count(*) as n from submissions where received_at = timestamptz '2022-07-05 02:00:00+00'")).toBe(2);
  });

  it('two ingests started at once on the same database both succeed', async () => {
    const db = await freshDb();
    const other = join(REPO, 'fixtures/cases/good-wide-by-code/input.csv');
    const [a, b] = await Promise.all([runCli(['ingest', GOOD, '--db', db, '--json']), runCli(['ingest', other, '--db', db, '--json'])]);
    expect([a.code, b.code], `${a.stderr}\n${b.stderr}`).toEqual([0, 0]);
    expect(await count(db, 'select count(*) as n from submissions')).toBe(5);
  });
});

describe('figures asked for before any pipeline run', () => {
  it.each([
    ['rollup', ['rollup', '--unit', '24931', '--period', '2022S1']],
    ['completeness', ['completeness', '--unit', '679', '--period', '2022S1', '--form', 'XA']],
  ])('%s exits 1 with the Vietnamese reason and no stack trace', async (_name, args) => {
    const db = await freshDb();
    const r = await runCli([...args, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Chưa chạy quy trình tổng hợp: hãy chạy "tonghop run" trước.');
    expect(r.stderr).toContain('[FIGURES_NOT_RUN]');
    expect(r.stderr).not.toMatch(/^\s+at /mu);
    expect(r.stdout).toBe('');
  });
});

describe('usage errors exit 2 with a Vietnamese message', () => {
  it.each([
    [['frob'], /Không có lệnh "frob"/],
    [['ingest'], /Thiếu tham số/],
    [['ingest', 'x.csv', '--bogus'], /Tùy chọn không hợp lệ: --bogus/],
    [['units', 'import'], /Thiếu tham số bắt buộc FILE/],
    [[], /Chưa chọn lệnh/],
    [['ingest', 'x.csv', '--received-at', 'hôm qua'], /--received-at "hôm qua" không phải thời điểm ISO 8601/],
  ])('%j', async (args, message) => {
    const r = await runCli([...args, '--db', join(await freshDb({ empty: true }))]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('--help prints the usage and exits 0', async () => {
    const r = await runCli(['ingest', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Nạp tệp báo cáo');
  });
});

describe('demo', () => {
  it('loads the demo units (and the demo files when present) into the chosen database', async () => {
    const db = await freshDb({ empty: true });
    const r = await runCli(['demo', '--no-serve', '--db', db]);
    expect(r.stdout).toContain('Danh mục đơn vị mẫu: 44 đơn vị mới');
    expect(await count(db, 'select count(*) as n from units')).toBe(44);
  });
});
