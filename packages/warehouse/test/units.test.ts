import { describe, expect, it } from 'vitest';
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

  it('refuses the same code twice in one import', async () => {
    const wh = await open();
    await expect(wh.importUnits([unit('T', null), unit('T', null, { name: 'Khác' })], 'admin')).rejects.toMatchObject({
      code: 'UNIT_DUPLICATE_CODE',
      message: expect.stringContaining('T'),
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
});
