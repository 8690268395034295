import {
  FORM_CODES,
  formForUnitType,
  PERIOD_KINDS,
  type Period,
  type PeriodKind,
  periodBounds,
  periodFromCode,
  UNIT_TYPES,
} from '@tonghop/core';
import type { Warehouse } from '@tonghop/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, run } from '../src/testing';

// The pipeline's SQL copies of core's vocabulary (period bounds, form ↔ unit type) checked against
// core itself, case by case: core is the home, the SQL must give the same answers.

let wh: Warehouse;

beforeAll(async () => {
  wh = await openWorld();
  await run(wh);
});
afterAll(async () => wh.close());

const KINDS: Record<PeriodKind, string[]> = {
  year: ['1900', '2022', '2024', '2999'],
  half: ['2022S1', '2022S2', '2024S1'],
  quarter: ['2022Q1', '2022Q2', '2022Q3', '2022Q4', '2024Q1'],
  month: ['2022-01', '2022-02', '2024-02', '2100-02', '2022-04', '2022-09', '2022-12'],
  nine_months: ['2022N9', '2024N9'],
  multi_year: ['2017/2022', '1999/2000', '2021/2025'],
};
// Not periods (for core or for the SQL): bad parts, out-of-range years, reversed spans, lower case.
const NOT_CODES = [
  '1899',
  '3000',
  '0999',
  '2022S3',
  '2022S0',
  '2022Q5',
  '2022-00',
  '2022-13',
  '2022-1',
  '2022N8',
  '2022/2022',
  '2022/2017',
  '2022/3000',
  '22',
  '2022s1',
  '2022q1',
  '2022n9',
  ' 2022',
  'S1',
  '',
  'quý I năm 2023',
];

async function sqlBounds(codes: string[]): Promise<Map<string, Period | null>> {
  const rows = await wh.query<{ code: string; kind: PeriodKind | null; start: string | null; end: string | null }>(
    `select code, b.kind as kind, strftime(b.start_date, '%Y-%m-%d') as start, strftime(b.end_date, '%Y-%m-%d') as end
       from (select code, rollup.stg_period_bounds(code) as b from unnest($1::varchar[]) as t(code))`,
    [codes],
  );
  return new Map(
    rows.map((r) => [r.code, r.kind === null ? null : { code: r.code, kind: r.kind, start: r.start ?? '', end: r.end ?? '' }]),
  );
}

describe('stg_period_bounds = periodFromCode of @tonghop/core', () => {
  it('has cases for every period kind of core', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...PERIOD_KINDS].sort());
  });

  it.each(Object.entries(KINDS))('%s', async (kind, codes) => {
    const sql = await sqlBounds(codes);
    for (const code of codes) {
      const core = periodFromCode(code);
      expect(core?.kind, code).toBe(kind);
      expect(sql.get(code), code).toEqual({ code, kind: core?.kind, start: core?.start, end: core?.end });
      expect(periodBounds(code), code).toEqual({ start: core?.start, end: core?.end });
    }
  });

  it('gives null for what is not a canonical code', async () => {
    const sql = await sqlBounds(NOT_CODES);
    for (const code of NOT_CODES) {
      expect(sql.get(code), code).toBeNull();
      const core = periodFromCode(code);
      expect(core === null || core.code !== code, `core reads "${code}" as canonical`).toBe(true);
    }
  });
});

describe('stg_form_unit_types = formForUnitType of @tonghop/core', () => {
  it('maps every unit type the same way', async () => {
    const rows = await wh.query<{ form: string; unit_type: string }>(
      `select form, unit_type from rollup.stg_form_unit_types order by form`,
    );
    const core = UNIT_TYPES.flatMap((type) => {
      const form = formForUnitType(type);
      return form === null ? [] : [{ form, unit_type: type }];
    }).sort((a, b) => a.form.localeCompare(b.form));
    expect(rows).toEqual(core);
    expect(new Set(rows.map((r) => r.form))).toEqual(new Set(FORM_CODES));
  });
});
