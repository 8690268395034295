import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Warehouse } from '@tonghop/warehouse';
import { getRollup, type Rollup } from '../src/index';
import { loadLamDong, openWorld, run, submit, unit } from '../src/testing/index';

// The real Lâm Đồng map: new 24853 "Xã Đam Rông 4" = old 24853 Đạ Tông + 24856 Đạ Long + 24850
// Đưng KNớ (all full); new 22978 "Xã Tuy Phong" = old 22975 Phan Dũng (full) + part of old 22978
// Phong Phú, whose other part went into new 22972 "Xã Phan Rí Cửa".
let wh: Warehouse;
const get = (r: Rollup, indicator: string, option: string | null = null) => {
  const f = r.figures.find((x) => x.indicator === indicator && x.option === option);
  if (!f) throw new Error(`${indicator} ${option}`);
  return f;
};

beforeAll(async () => {
  wh = await openWorld();
  await loadLamDong(wh);
  await wh.importUnits([unit('LD.MOI', 'co_quan', '68', { validFrom: '2025-07-01' })], 'test');
  const xa = (code: string, luot: number, motCua: boolean, daGq: number, tong: number, xepLoai: string, hanChe?: string) =>
    submit(wh, {
      unit: code,
      period: '2025S1',
      form: 'XA',
      values: {
        TCD_LUOT: luot,
        XA_MOT_CUA: motCua,
        DON_DA_GQ: daGq,
        DON_TONG: tong,
        XEP_LOAI: xepLoai,
        ...(hanChe ? { NX_HAN_CHE: hanChe } : {}),
      },
    });
  await xa('24853', 10, true, 4, 5, 'HTTNV', 'Thiếu cán bộ');
  await xa('24856', 20, false, 3, 5, 'HTNV');
  await xa('24850', 30, true, 2, 10, 'HTTNV');
  await xa('22975', 7, true, 1, 1, 'HTTNV');
  await xa('22978', 100, false, 1, 2, 'HTNV');
  await submit(wh, { unit: '24853', period: '2026S1', form: 'XA', values: { TCD_LUOT: 72, XA_MOT_CUA: true, DON_DA_GQ: 9, DON_TONG: 10 } });
  await run(wh);
});
afterAll(async () => {
  await wh.close();
});

describe('restatement --as-of (spec §6)', () => {
  it('without as_of, 2025S1 of 24853 is the old Xã Đạ Tông alone, not restated', async () => {
    const r = await getRollup(wh, { unit: '24853', period: '2025S1' });
    expect(get(r, 'TCD_LUOT')).toMatchObject({ value: 10, reporting_units: 1, expected_units: 1, restated: null, predecessors: [] });
  });

  it('a new commune from full links: sums, ratios from summed parts, booleans with the "no" units, distributions, lists, coverage', async () => {
    const r = await getRollup(wh, { unit: '24853', period: '2025S1', asOf: '2026-01-01' });
    expect(r.as_of).toBe('2026-01-01');
    const restated = { restated: 'full', predecessors: ['24850', '24853', '24856'], partial_predecessors: [] };
    expect(get(r, 'TCD_LUOT')).toMatchObject({ value: 60, reporting_units: 3, expected_units: 3, ...restated });
    expect(get(r, 'DON_GQ_TY_LE')).toMatchObject({ value: 0.45, numerator: 9, denominator: 20, ...restated });
    expect(get(r, 'XA_MOT_CUA')).toMatchObject({ value: 2, numerator: 2, denominator: 3, false_units: ['24856'], ...restated });
    expect(get(r, 'XEP_LOAI', 'HTTNV')).toMatchObject({ value: 2 });
    expect(get(r, 'XEP_LOAI', 'HTNV')).toMatchObject({ value: 1 });
    expect(get(r, 'NX_HAN_CHE').texts).toEqual([{ unit: '24853', text: 'Thiếu cán bộ' }]);
  });

  it('a partial link is never split: the figure leaves the partial predecessor out and names it', async () => {
    const r = await getRollup(wh, { unit: '22978', period: '2025S1', asOf: '2026-01-01' });
    expect(get(r, 'TCD_LUOT')).toMatchObject({ value: 7, restated: 'partial', predecessors: ['22975'], partial_predecessors: ['22978'] });
    const other = await getRollup(wh, { unit: '22972', period: '2025S1', asOf: '2026-01-01' });
    expect(get(other, 'TCD_LUOT')).toMatchObject({ value: null, restated: 'partial', partial_predecessors: ['22978'] });
  });

  it('the new province is exact: a commune split between two of its communes is wholly inside it', async () => {
    const r = await getRollup(wh, { unit: '68', period: '2025S1', asOf: '2026-01-01' });
    expect(get(r, 'TCD_LUOT')).toMatchObject({
      value: 167,
      reporting_units: 5,
      expected_units: 333,
      restated: 'full',
      partial_predecessors: [],
    });
    expect(get(r, 'XA_MOT_CUA').false_units).toEqual(['22978', '24856']);
    const old = await getRollup(wh, { unit: '68', period: '2025S1' });
    expect(get(old, 'TCD_LUOT')).toMatchObject({ value: 60, reporting_units: 3, restated: null });
  });

  it('a roll-up as of a date before any version of the unit is refused', async () => {
    await expect(getRollup(wh, { unit: 'LD.MOI', period: '2025S1', asOf: '2024-12-31' })).rejects.toMatchObject({
      code: 'AS_OF_BEFORE_UNIT',
      message: expect.stringContaining(
        'Đơn vị LD.MOI không có phiên bản nào có hiệu lực vào ngày 2024-12-31 (các phiên bản: "Đơn vị LD.MOI" 2025-07-01 – …)',
      ),
    });
    await expect(getRollup(wh, { unit: '68', period: '2025S1', asOf: '30/06/2026' })).rejects.toMatchObject({ code: 'AS_OF_INVALID' });
  });
});

describe('comparison --compare (spec §6)', () => {
  it('2026S1 beside 2025S1 restated onto today’s communes, with difference and change', async () => {
    const r = await getRollup(wh, { unit: '24853', period: '2026S1', compare: 'previous-year' });
    expect(r.compare).toEqual({ kind: 'previous-year', period: '2025S1' });
    expect(get(r, 'TCD_LUOT')).toMatchObject({
      value: 72,
      restated: null,
      compare: { period: '2025S1', value: 60, diff: 12, change: 0.2, restated: 'full' },
    });
    expect(get(r, 'DON_GQ_TY_LE').compare).toEqual({ period: '2025S1', value: 0.45, diff: 0.45, change: 1, restated: 'full' });
    const before = await getRollup(wh, { unit: '24853', period: '2026S1', compare: 'previous-period' });
    expect(get(before, 'TCD_LUOT').compare).toEqual({ period: '2025S2', value: null, diff: null, change: null, restated: null });
  });
});

describe('a period that straddles 1 July 2025 (spec §6)', () => {
  it('2025 uses the map at its end: old communes are not expected, and a reused code never adds the old commune’s half-year', async () => {
    await submit(wh, { unit: '24853', period: '2025S2', form: 'XA', values: { TCD_LUOT: 40, XA_MOT_CUA: true } });
    await run(wh);
    const r = await getRollup(wh, { unit: '68', period: '2025' });
    // 124 communes of today's Lâm Đồng and its one agency (LD.MOI): none of the 333 old communes
    expect(get(r, 'TCD_LUOT')).toMatchObject({ value: null, expected_units: 125 });
    const commune = await getRollup(wh, { unit: '24853', period: '2025' });
    expect(get(commune, 'TCD_LUOT')).toMatchObject({ value: null, reporting_units: 0, expected_units: 1 });
    const half = await getRollup(wh, { unit: '24853', period: '2025S2' });
    expect(get(half, 'TCD_LUOT')).toMatchObject({ value: 40 });
  });
});
