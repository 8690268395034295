import type { Warehouse } from '@tonghop/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorld, run, submit, unit } from '../src/testing';

// The "current version" rule (spec §3: per unit, period and form, the valid — accepted or warning —
// version with the highest number; a rejected one never is, and never displaces a valid one) has
// its home in the warehouse's view `current_submissions` (migration 003). Two other places apply
// it and are checked equal to the view here, case by case: the ingest's version plan
// (`submission-plan.ts`: the `supersedes` link of each stored version) and the pipeline's
// `int_current_submissions` (whose own unit test shows the rule on given rows).

let wh: Warehouse;
type Status = 'accepted' | 'warning' | 'rejected';
const CASES: Record<string, Status[]> = {
  X1: ['accepted'],
  X2: ['accepted', 'warning'],
  X3: ['accepted', 'rejected'],
  X4: ['rejected'],
  X5: ['rejected', 'warning', 'rejected', 'accepted', 'rejected'],
  X6: ['warning', 'warning', 'rejected', 'rejected'],
};
/** Per unit: the id of each stored version and the `supersedes` it was given. */
const stored = new Map<string, { id: number; supersedes: number | null; status: Status }[]>();

beforeAll(async () => {
  wh = await openWorld();
  await wh.importUnits([unit('D', 'huyen', null), ...Object.keys(CASES).map((code) => unit(code, 'xa', 'D'))], 'test');
  for (const [code, statuses] of Object.entries(CASES)) {
    const versions = [];
    for (const [i, status] of statuses.entries()) {
      const s = await submit(wh, { unit: code, period: '2022S1', form: 'XA', values: { TCD_LUOT: i + 1 }, status });
      versions.push({ id: s.id, supersedes: s.supersedes, status });
    }
    stored.set(code, versions);
  }
  await run(wh);
});
afterAll(async () => wh.close());

const currentOf = async (sql: string) =>
  new Map((await wh.query<{ unit_code: string; id: number }>(sql)).map((r) => [r.unit_code, Number(r.id)]));

describe('the current version', () => {
  it('is the same in the view, in the pipeline and in the ingest version plan', async () => {
    const view = await currentOf(`select unit_code, id from main.current_submissions where period = '2022S1'`);
    const pipeline = await currentOf(
      `select unit_code, submission_id as id from rollup.int_current_submissions('D', '2022S1') where period = '2022S1'`,
    );
    expect(pipeline).toEqual(view);
    for (const [code, versions] of stored) {
      // the plan's view of "current" after each version: what the next valid version supersedes
      let current: number | null = null;
      for (const v of versions) {
        expect(v.supersedes, `${code} v${versions.indexOf(v) + 1}`).toBe(v.status === 'rejected' ? null : current);
        if (v.status !== 'rejected') current = v.id;
      }
      expect(view.get(code) ?? null, code).toBe(current);
    }
    expect(view.has('X4')).toBe(false);
  });
});
