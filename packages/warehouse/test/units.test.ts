import { describe, expect, it } from 'vitest';
import { versionInForce } from '@tonghop/core';
import { WarehouseError } from '../src/index';
import { open, unit } from './helpers';

describe('units', () => {
  it('imports units with groups and validity, then lists them', async () => {
    const wh = await open();
    const units = [
      unit('T68', null, { type: 'tinh', name: 'Tỉnh Lâm Đồng' }),
      unit('H672', 'T68', { type: 'huyen', name: 'Huyện Đam Rông' }),
      unit('DN1', 'H672', {
        type: 'doanh_nghiep',
        groups: ['so_huu:tu_nhan', 'quy_mo:nho'],
        validFrom: '2020-01-01',
        validTo: '2023-12-31',
      }),
    ];
    expect(await wh.importUnits(units, 'admin')).toEqual({ inserted: 3, updated: 0 });
    expect(await wh.listUnits()).toEqual([{ ...units[2], groups: ['quy_mo:nho', 'so_huu:tu_nhan'] }, units[1], units[0]]);
    const audit = await wh.query('select actor, action, detail from audit_log');
    expect(audit).toEqual([{ actor: 'admin', action: 'units.import', detail: { inserted: 3, updated: 0 } }]);
  });

  it('updates existing units and replaces their groups; parents may already be in the database', async () => {
    const wh = await open();
    await wh.importUnits([unit('T', null), unit('A', 'T', { groups: ['so_huu:nha_nuoc'] })], 'admin');
    const result = await wh.importUnits([unit('A', 'T', { name: 'Tên mới', groups: ['so_huu:tu_nhan'] }), unit('B', 'A')], 'admin');
    expect(result).toEqual({ inserted: 1, updated: 1 });
    const byCode = new Map((await wh.listUnits()).map((u) => [u.code, u]));
    expect(byCode.get('A')).toMatchObject({ name: 'Tên mới', groups: ['so_huu:tu_nhan'] });
    expect(byCode.get('B')?.parentCode).toBe('A');
  });

  it('refuses a unit whose parent is nowhere, naming it, and stores nothing', async () => {
    const wh = await open();
    const error = await wh.importUnits([unit('T', null), unit('X9', 'H404', { name: 'Xã Đạ Tông' })], 'admin').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WarehouseError);
    expect(error).toMatchObject({ code: 'UNIT_PARENT_NOT_FOUND' });
    expect((error as Error).message).toContain('Xã Đạ Tông');
    expect((error as Error).message).toContain('H404');
    expect(await wh.listUnits()).toEqual([]);
    expect(await wh.query('select count(*) as n from audit_log')).toEqual([{ n: 0 }]);
  });

  it('refuses two versions of one code whose validity overlaps in one import, naming both', async () => {
    const wh = await open();
    await expect(wh.importUnits([unit('T', null), unit('T', null, { name: 'Khác' })], 'admin')).rejects.toMatchObject({
      code: 'UNIT_VERSION_OVERLAP',
      message: expect.stringContaining('"Đơn vị T" (mã T, hiệu lực … – …) và "Khác" (mã T, hiệu lực … – …)'),
    });
    expect(await wh.listUnits()).toEqual([]);
  });

  it('keeps the old version when the new tree reuses a code (spec §2: versions)', async () => {
    const wh = await open();
    const old = [
      unit('68', null, { type: 'tinh', name: 'Tỉnh Lâm Đồng', validTo: '2025-06-30' }),
      unit('674', '68', { type: 'huyen', name: 'Huyện Đam Rông', validTo: '2025-06-30' }),
      unit('24853', '674', { name: 'Xã Đạ Tông', validTo: '2025-06-30', groups: ['vung:cu'] }),
    ];
    const next = [
      unit('68', null, { type: 'tinh', name: 'Tỉnh Lâm Đồng', validFrom: '2025-07-01' }),
      unit('24853', '68', { name: 'Xã Đam Rông 4', validFrom: '2025-07-01', groups: ['vung:moi'] }),
    ];
    await wh.importUnits(old, 'admin');
    expect(await wh.importUnits(next, 'admin')).toEqual({ inserted: 2, updated: 0 });
    const versions = (await wh.listUnits()).filter((u) => u.code === '24853');
    expect(versions.map((u) => [u.name, u.parentCode, u.validFrom, u.validTo, u.groups])).toEqual([
      ['Xã Đạ Tông', '674', null, '2025-06-30', ['vung:cu']],
      ['Xã Đam Rông 4', '68', '2025-07-01', null, ['vung:moi']],
    ]);
    // Importing the old file again replaces its own versions only.
    expect(await wh.importUnits(old, 'admin')).toEqual({ inserted: 0, updated: 3 });
    expect(await wh.query('select count(*)::integer as n from units')).toEqual([{ n: 5 }]);
    const inForce = await wh.query<{ name: string }>(
      `select name from units_in_force(date '2026-01-01', date '2026-06-30') where code = '24853'`,
    );
    expect(inForce).toEqual([{ name: 'Xã Đam Rông 4' }]);
  });

  it('refuses a new version that overlaps a stored one, naming both, and stores nothing', async () => {
    const wh = await open();
    await wh.importUnits([unit('T', null), unit('24853', 'T', { name: 'Xã Đạ Tông' })], 'admin');
    const error = await wh
      .importUnits([unit('X', 'T'), unit('24853', 'T', { name: 'Xã Đam Rông 4', validFrom: '2025-07-01' })], 'admin')
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({
      code: 'UNIT_VERSION_OVERLAP',
      message:
        'Đơn vị "Xã Đam Rông 4" (mã 24853, hiệu lực 2025-07-01 – …) trùng thời gian hiệu lực với phiên bản đã có trong cơ sở dữ liệu "Xã Đạ Tông" (mã 24853, hiệu lực … – …).',
    });
    expect((await wh.listUnits()).map((u) => u.code)).toEqual(['24853', 'T']);
  });

  it('refuses a unit whose parent has no version at the same time', async () => {
    const wh = await open();
    await wh.importUnits([unit('674', null, { type: 'huyen', validTo: '2025-06-30' })], 'admin');
    await expect(wh.importUnits([unit('X', '674', { name: 'Xã mới', validFrom: '2025-07-01' })], 'admin')).rejects.toMatchObject({
      code: 'UNIT_PARENT_NOT_FOUND',
      message: expect.stringContaining('"Xã mới" (mã X, hiệu lực 2025-07-01 – …) có đơn vị cấp trên mã 674 không có phiên bản nào'),
    });
  });

  it('refuses a cycle, also one closed through units already in the database', async () => {
    const wh = await open();
    await expect(wh.importUnits([unit('A', 'B'), unit('B', 'A')], 'admin')).rejects.toMatchObject({ code: 'UNIT_PARENT_CYCLE' });
    await wh.importUnits([unit('T', null), unit('H', 'T'), unit('X', 'H')], 'admin');
    const error = await wh.importUnits([unit('T', 'X', { name: 'Tỉnh vòng' })], 'admin').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'UNIT_PARENT_CYCLE', message: expect.stringContaining('T → X → H → T') });
    expect((await wh.listUnits()).find((u) => u.code === 'T')?.parentCode).toBeNull();
  });

  it('imports ten thousand units in one call', async () => {
    const wh = await open();
    const many = [unit('ROOT', null), ...Array.from({ length: 10_000 }, (_, i) => unit(`U${i}`, i === 0 ? 'ROOT' : `U${i - 1}`))];
    expect(await wh.importUnits(many, 'admin')).toEqual({ inserted: 10_001, updated: 0 });
    expect(await wh.query('select count(*) as n from units')).toEqual([{ n: 10_001 }]);
  });

  it('the units_in_force macro picks the same version as versionInForce of core, for every case', async () => {
    const wh = await open();
    const versions = [
      unit('A', null, { name: 'A1', validTo: '2019-12-31' }),
      unit('A', null, { name: 'A2', validFrom: '2020-01-01', validTo: '2025-06-30' }),
      unit('A', null, { name: 'A3', validFrom: '2025-07-01' }),
      unit('B', null, { name: 'B1', validFrom: '2021-03-01', validTo: '2021-03-31' }),
      unit('C', null, { name: 'C1' }),
    ];
    await wh.importUnits(versions, 'admin');
    const ranges: [string, string][] = [
      ['2019-01-01', '2019-12-31'],
      ['2019-07-01', '2020-06-30'],
      ['2021-01-01', '2021-12-31'],
      ['2025-01-01', '2025-12-31'],
      ['2025-07-01', '2025-07-01'],
      ['2026-01-01', '2026-06-30'],
      ['2017-01-01', '2022-12-31'],
    ];
    for (const [start, end] of ranges) {
      const sql = await wh.query<{ code: string; name: string }>('select code, name from units_in_force($1, $2) order by code', [
        start,
        end,
      ]);
      const ts = ['A', 'B', 'C'].flatMap((code) => {
        const found = versionInForce(
          versions.filter((v) => v.code === code),
          { start, end },
        );
        return found ? [{ code, name: found.name }] : [];
      });
      expect(sql, `${start} – ${end}`).toEqual(ts);
    }
  });
});
