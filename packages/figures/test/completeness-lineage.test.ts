import type { Warehouse } from '@tonghop/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCompleteness } from '../src/completeness';
import { deadlineInstant } from '../src/deadlines';
import { getLineage } from '../src/lineage';
import { loadDistrict, loadHalves } from './district';
import { openWorld, run } from '../src/testing';

let wh: Warehouse;

beforeAll(async () => {
  wh = await openWorld();
  await loadDistrict(wh);
  await loadHalves(wh);
  await run(wh);
});
afterAll(async () => wh.close());

describe('getCompleteness', () => {
  it('lists expected, missing and late units against the default deadline', async () => {
    // S1 2022 ends 30/6; default 15 days: on time until the end of 15/7 (UTC+7).
    expect(await getCompleteness(wh, { unit: '679', period: '2022S1', form: 'XA' })).toEqual({
      unit: '679',
      period: '2022S1',
      form: 'XA',
      expected: 8,
      submitted: 8,
      on_time: 7,
      late: 1,
      missing: [],
      late_units: ['X8'],
      rejected_only: [],
      deadline: '2022-07-15T17:00:00.000Z',
    });
    expect(await getCompleteness(wh, { unit: '679', period: '2022S1', form: 'CQ' })).toMatchObject({
      expected: 5,
      submitted: 3,
      on_time: 2,
      late: 1,
      missing: ['CQ4', 'CQ5'],
      late_units: ['CQ3'],
      rejected_only: ['CQ5'],
    });
  });

  it('takes configured deadlines per period kind', async () => {
    const r = await getCompleteness(wh, { unit: '679', period: '2022S1', form: 'CQ', deadlines: { half: 60 } });
    expect([r.on_time, r.late]).toEqual([3, 0]);
    expect(r.deadline).toBe(deadlineInstant('2022-06-30', 60).toISOString());
  });

  it('expects only units active in the period', async () => {
    expect((await getCompleteness(wh, { unit: '679', period: '2023', form: 'XA' })).expected).toBe(9);
    // no submission at all in 2024; the districts close on 2025-06-30, so 2024 still runs through them
    const none = await getCompleteness(wh, { unit: '68', period: '2024Q1', form: 'XA' });
    expect(none).toMatchObject({ expected: 10, submitted: 0, missing: ['X1', 'X2', 'X3', 'X4', 'X5', 'X6', 'X7', 'X8', 'X9', 'Y1'] });
  });
});

describe('getLineage', () => {
  it('gives the submissions and cells behind a ratio', async () => {
    const l = await getLineage(wh, { unit: '679', period: '2022S1', indicator: 'TTHC_DUNG_HAN_TY_LE' });
    expect(l.submissions.map((s) => [s.unit, s.version])).toEqual([
      ['X1', 2],
      ['X2', 1],
      ['X3', 1],
      ['X4', 1],
      ['X5', 1],
      ['X6', 1],
      ['X7', 1],
      ['X8', 1],
    ]);
    expect(l.cells).toHaveLength(16);
    expect(l.cells.filter((c) => c.indicator === 'TTHC_DUNG_HAN').reduce((a, c) => a + Number(c.value), 0)).toBe(7029);
    const x8 = l.cells.find((c) => c.unit === 'X8' && c.indicator === 'TTHC_DA_GQ');
    expect(x8).toMatchObject({ value: 100, sheet: 'Biểu', cell: 'D12' });
    expect(x8?.file).toBe(l.submissions.find((s) => s.unit === 'X8')?.file_name);
    expect(l.submissions[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('narrows to one option and follows derived periods to their halves', async () => {
    const one = await getLineage(wh, { unit: '679', period: '2022S1', indicator: 'MT_GIAM_SAT', option: 'HND' });
    expect(one.cells.map((c) => [c.unit, c.option, c.value])).toEqual([['MT1', 'HND', 2]]);
    const year = await getLineage(wh, { unit: 'X1', period: '2023', indicator: 'TCD_LUOT' });
    expect(year.submissions.map((s) => [s.period, s.derived])).toEqual([
      ['2023S1', true],
      ['2023S2', true],
    ]);
    expect(year.cells.map((c) => c.value)).toEqual([3, 4]);
  });
});
