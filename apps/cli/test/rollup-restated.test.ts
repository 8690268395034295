import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLamDong, run, submit, unit } from '@tonghop/figures/testing';
import { openWarehouse } from '@tonghop/warehouse';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

let db: string;

beforeAll(async () => {
  // A file database built with the shared test world, then read by the CLI.
  const dir = await mkdtemp(join(tmpdir(), 'tonghop-cli-restated-'));
  db = join(dir, 'test.duckdb');
  const wh = await openWarehouse({ path: db, blobDir: join(dir, 'blobs') });
  await loadLamDong(wh);
  await wh.importUnits([unit('LD.MOI', 'co_quan', '68', { name: 'Sở mới', validFrom: '2025-07-01' })], 'test');
  for (const [unit, luot] of [
    ['24853', 10],
    ['24856', 20],
    ['24850', 30],
  ] as const) {
    await submit(wh, { unit, period: '2025S1', form: 'XA', values: { TCD_LUOT: luot } });
  }
  await submit(wh, { unit: '24853', period: '2026S1', form: 'XA', values: { TCD_LUOT: 72 } });
  await run(wh);
  await wh.close();
});

describe('rollup --as-of / --compare (spec §6)', () => {
  it('prints the restated figure and the comparison in Vietnamese, and the JSON fields', async () => {
    const human = await runCli([
      'rollup',
      '--unit',
      '24853',
      '--period',
      '2026S1',
      '--compare',
      'previous-year',
      '--indicator',
      'TCD_LUOT',
      '--db',
      db,
    ]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('so sánh với 6 tháng đầu năm 2025');
    expect(human.stdout).toContain('Số lượt tiếp công dân: 72 lượt (1/1 đơn vị báo cáo); tăng 20,0% so với cùng kỳ*');
    expect(human.stdout).toContain('*: số liệu kỳ so sánh được tính lại theo đơn vị hành chính hiện nay.');
    const json = await runCli([
      'rollup',
      '--unit',
      '24853',
      '--period',
      '2025S1',
      '--as-of',
      '2026-01-01',
      '--indicator',
      'TCD_LUOT',
      '--db',
      db,
      '--json',
    ]);
    expect(JSON.parse(json.stdout).figures[0]).toMatchObject({ value: 60, restated: 'full', predecessors: ['24850', '24853', '24856'] });
  });

  it('refuses --as-of a date before any version of the unit, and a bad --compare', async () => {
    const r = await runCli(['rollup', '--unit', '24853', '--period', '2025S1', '--as-of', '2026-13-01', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toContain('Ngày "2026-13-01" không hợp lệ');
    const before = await runCli(['rollup', '--unit', 'LD.MOI', '--period', '2025S1', '--as-of', '2025-01-01', '--db', db]);
    expect(before.code).toBe(1);
    expect(before.stderr + before.stdout).toContain(
      'Đơn vị LD.MOI không có phiên bản nào có hiệu lực vào ngày 2025-01-01 (các phiên bản: "Sở mới" 2025-07-01 – …)',
    );
    const c = await runCli(['rollup', '--unit', '24853', '--period', '2025S1', '--compare', 'hom-qua', '--db', db]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('--compare "hom-qua" không hợp lệ');
  });
});
