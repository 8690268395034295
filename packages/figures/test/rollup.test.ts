import type { Warehouse } from '@tonghop/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FiguresError } from '../src/errors';
import { getRollup } from '../src/rollup';
import type { Rollup } from '../src/types';
import { loadDistrict, loadHalves } from './district';
import { openWorld, run, submit } from '../src/testing';

let wh: Warehouse;

beforeAll(async () => {
  wh = await openWorld();
  await loadDistrict(wh);
  await loadHalves(wh);
  await run(wh);
});
afterAll(async () => wh.close());

const fig = (r: Rollup, indicator: string, option: string | null = null) => {
  const f = r.figures.find((x) => x.indicator === indicator && x.option === option);
  if (f === undefined) throw new Error(`no figure ${indicator}/${option}`);
  return f;
};

describe('getRollup', () => {
  it('sums the current valid versions of active units, with coverage', async () => {
    const r = await getRollup(wh, { unit: '679', period: '2022S1' });
    // X1 v2 (5) supersedes v1 (100); X2's rejected v2 (999) and closed X10 (1000) never count.
    expect(fig(r, 'TCD_LUOT')).toMatchObject({ value: 8 * 5 + 3 * 10, reporting_units: 11, expected_units: 13, derived: false });
    expect(fig(r, 'TTHC_DA_GQ').value).toBe(7088);
    expect(fig(r, 'TTHC_QUA_HAN').value).toBe(59);
    const province = await getRollup(wh, { unit: '68', period: '2022S1', indicators: ['TCD_LUOT'] });
    expect(province.figures).toHaveLength(1);
    expect(fig(province, 'TCD_LUOT')).toMatchObject({ value: 77, reporting_units: 12, expected_units: 14 });
  });

  it('recomputes ratios from the summed parts, never averaging percentages', async () => {
    const r = await getRollup(wh, { unit: '679', period: '2022S1' });
    expect(fig(r, 'TTHC_DUNG_HAN_TY_LE')).toMatchObject({ value: 0.9917, numerator: 7029, denominator: 7088, reporting_units: 8 });
    expect(fig(r, 'TTHC_QUA_HAN_TY_LE')).toMatchObject({ value: 0.0083, numerator: 59, denominator: 7088 });
  });

  it('counts true units for a share, lists the false ones', async () => {
    const r = await getRollup(wh, { unit: '679', period: '2022S1' });
    expect(fig(r, 'XA_MOT_CUA')).toMatchObject({
      value: 8,
      numerator: 8,
      denominator: 8,
      reporting_units: 8,
      expected_units: 8,
      false_units: [],
    });
    expect(fig(r, 'XA_CONG_KHAI')).toMatchObject({ value: 6, numerator: 6, denominator: 8, false_units: ['X3', 'X5'] });
    expect(fig(r, 'CQ_HN_CBCC')).toMatchObject({ value: 3, denominator: 3, reporting_units: 3, expected_units: 5 });
  });

  it('gives each option and a total equal to their sum', async () => {
    const r = await getRollup(wh, { unit: '679', period: '2022S1', indicators: ['MT_GIAM_SAT', 'MT_TXCT'] });
    expect(r.figures.map((f) => [f.indicator, f.option, f.value])).toEqual([
      ['MT_GIAM_SAT', null, 13],
      ['MT_GIAM_SAT', 'MTTQ', 4],
      ['MT_GIAM_SAT', 'CCB', 1],
      ['MT_GIAM_SAT', 'HND', 2],
      ['MT_GIAM_SAT', 'LDLD', 2],
      ['MT_GIAM_SAT', 'HLHPN', 2],
      ['MT_GIAM_SAT', 'DTN', 2],
      ['MT_TXCT', null, 6],
      ['MT_TXCT', 'DBQH', 2],
      ['MT_TXCT', 'DBHDND', 4],
    ]);
    expect(fig(r, 'MT_GIAM_SAT')).toMatchObject({ reporting_units: 1, expected_units: 1 });
  });

  it('counts units per option for a distribution, zero included', async () => {
    const r = await getRollup(wh, { unit: '679', period: '2021', indicators: ['XEP_LOAI'] });
    expect(r.figures.map((f) => [f.option, f.value, f.reporting_units])).toEqual([
      [null, 11, 11],
      ['HTXSNV', 3, 11],
      ['HTTNV', 7, 11],
      ['HTNV', 1, 11],
      ['KHTNV', 0, 11],
    ]);
  });

  it('collects list texts per unit', async () => {
    const r = await getRollup(wh, { unit: '679', period: '2022S1', indicators: ['NX_HAN_CHE'] });
    expect(fig(r, 'NX_HAN_CHE')).toMatchObject({
      value: 2,
      reporting_units: 2,
      texts: [
        { unit: 'X1', text: 'Thiếu kinh phí' },
        { unit: 'X2', text: 'Cán bộ kiêm nhiệm' },
      ],
    });
  });

  it('restricts to a unit group', async () => {
    const all = await getRollup(wh, { unit: '679', period: '2022S1', indicators: ['DN_HN_NLD'] });
    expect(fig(all, 'DN_HN_NLD')).toMatchObject({ value: 2, denominator: 3, false_units: ['DN2'] });
    const priv = await getRollup(wh, { unit: '679', period: '2022S1', indicators: ['DN_HN_NLD'], group: 'so_huu:tu_nhan' });
    expect(priv.group).toBe('so_huu:tu_nhan');
    expect(fig(priv, 'DN_HN_NLD')).toMatchObject({ value: 1, numerator: 1, denominator: 2, expected_units: 2, false_units: ['DN2'] });
    const state = await getRollup(wh, { unit: '679', period: '2022S1', indicators: ['DN_HN_NLD'], group: 'so_huu:nha_nuoc' });
    expect(fig(state, 'DN_HN_NLD')).toMatchObject({ value: 1, denominator: 1, expected_units: 1 });
  });

  it('derives a year from complete halves (sum, last, any, list) unless submitted directly', async () => {
    const x1 = await getRollup(wh, { unit: 'X1', period: '2023', indicators: ['TCD_LUOT', 'XA_THON_TONG', 'XA_MOT_CUA', 'NX_HAN_CHE'] });
    expect(x1.figures.map((f) => [f.indicator, f.value, f.derived])).toEqual([
      ['TCD_LUOT', 7, true],
      ['XA_MOT_CUA', 1, true],
      ['XA_THON_TONG', 12, true],
      ['NX_HAN_CHE', 1, true],
    ]);
    expect(fig(x1, 'NX_HAN_CHE').texts).toEqual([{ unit: 'X1', text: 'Đầu năm\nCuối năm' }]);
    const district = await getRollup(wh, { unit: '679', period: '2023', indicators: ['TCD_LUOT', 'CQ_HN_CBCC'] });
    // X1 derived 3 + 4, X3's own year 50; X2 has only S1: no year. X9 is active in 2023.
    expect(fig(district, 'TCD_LUOT')).toMatchObject({ value: 57, reporting_units: 2, expected_units: 14, derived: true });
    expect(fig(district, 'CQ_HN_CBCC')).toMatchObject({ value: 1, denominator: 2, false_units: ['CQ2'], derived: true });
    const x3 = await getRollup(wh, { unit: 'X3', period: '2023', indicators: ['TCD_LUOT'] });
    expect(fig(x3, 'TCD_LUOT')).toMatchObject({ value: 50, derived: false });
  });

  it('reports expected units with no value when nobody reported', async () => {
    const r = await getRollup(wh, { unit: '679', period: '2022S1', indicators: ['DON_TONG'] });
    expect(r.figures).toEqual([
      expect.objectContaining({ indicator: 'DON_TONG', option: null, value: null, reporting_units: 0, expected_units: 13 }),
    ]);
  });

  it('sees a new submission after a refresh', async () => {
    const fresh = await openWorld();
    await loadDistrict(fresh);
    await run(fresh);
    expect(fig(await getRollup(fresh, { unit: '679', period: '2022S1' }), 'TCD_LUOT').value).toBe(70);
    await submit(fresh, { unit: 'CQ4', period: '2022S1', form: 'CQ', values: { TCD_LUOT: 11 } });
    await run(fresh);
    expect(fig(await getRollup(fresh, { unit: '679', period: '2022S1' }), 'TCD_LUOT')).toMatchObject({ value: 81, reporting_units: 12 });
    await fresh.close();
  });

  it('refuses an unknown unit, period, indicator or a malformed group', async () => {
    const codeOf = (p: Promise<unknown>) =>
      p.then(
        () => 'ok',
        (e: unknown) => (e instanceof FiguresError ? e.code : String(e)),
      );
    expect(await codeOf(getRollup(wh, { unit: 'NOPE', period: '2022S1' }))).toBe('UNIT_NOT_FOUND');
    expect(await codeOf(getRollup(wh, { unit: '679', period: '2022X' }))).toBe('PERIOD_INVALID');
    expect(await codeOf(getRollup(wh, { unit: '679', period: '2022S1', indicators: ['NOPE'] }))).toBe('INDICATOR_NOT_FOUND');
    expect(await codeOf(getRollup(wh, { unit: '679', period: '2022S1', group: 'tu_nhan' }))).toBe('GROUP_INVALID');
  });
});
