import { withTempTable } from './temp-table';
import type { NewSubmission, SubmissionStatus } from './types';
import type { Tx } from './writer';

/** What the database already holds for one (unit, period, form): its latest version and its current valid one. */
export interface GroupState {
  latest: { id: number; version: number; draftKey: string; supersedes: number | null; status: SubmissionStatus; factCount: number } | null;
  current: number | null;
}

interface VersionRow {
  unit_code: string;
  period: string;
  form: string;
  id: number;
  version: number;
  draft_key: string;
  supersedes: number | null;
  status: SubmissionStatus;
  fact_count: number;
}

export const groupKey = (s: { unitCode: string; period: string; form: string }): string => JSON.stringify([s.unitCode, s.period, s.form]);

/**
 * One query: the latest and the current valid version of every (unit, period, form) of the batch.
 * "Current" is the rule of the view `current_submissions` (migration 003, its home): the highest
 * version whose status is not rejected; packages/figures/test/current-version.test.ts checks that
 * the `supersedes` links planned here agree with the view.
 */
export async function loadGroupStates(tx: Tx, list: readonly NewSubmission[]): Promise<Map<string, GroupState>> {
  const groups = [...new Map(list.map((s) => [groupKey(s), s])).values()];
  // The groups go in a temp table (binding 3 × 50,000 strings as list parameters took ~350 ms).
  // Every version of the batch's groups comes back (a handful each); the latest and the current
  // are picked here, which measured faster than two window functions in SQL for small batches.
  const columns = [
    { name: 'unit_code', type: 'VARCHAR', values: groups.map((g) => g.unitCode) },
    { name: 'period', type: 'VARCHAR', values: groups.map((g) => g.period) },
    { name: 'form', type: 'VARCHAR', values: groups.map((g) => g.form) },
  ] as const;
  const rows = await withTempTable(tx, 'batch_groups', columns, (table) =>
    tx.query<VersionRow>(
      `select s.unit_code, s.period, s.form, s.id, s.version, s.draft_key, s.supersedes, s.status, s.fact_count
     from submissions s semi join ${table} g using (unit_code, period, form)`,
    ),
  );
  const states = new Map<string, GroupState>();
  const currentVersion = new Map<string, number>();
  for (const r of rows) {
    const key = groupKey({ unitCode: r.unit_code, period: r.period, form: r.form });
    const state = states.get(key) ?? { latest: null, current: null };
    states.set(key, state);
    if (!state.latest || r.version > state.latest.version) {
      state.latest = {
        id: r.id,
        version: r.version,
        draftKey: r.draft_key,
        supersedes: r.supersedes,
        status: r.status,
        factCount: r.fact_count,
      };
    }
    if (r.status !== 'rejected' && r.version > (currentVersion.get(key) ?? 0)) {
      currentVersion.set(key, r.version);
      state.current = r.id;
    }
  }
  return states;
}

/** A submission of the batch: a new version (`index` into the new rows) or a duplicate of an earlier one. */
export type Planned =
  | { kind: 'new'; id: number; version: number; supersedes: number | null }
  | { kind: 'duplicate-of-db'; row: NonNullable<GroupState['latest']> }
  | { kind: 'duplicate-of-batch'; of: number };

/**
 * Decides, in list order, what each submission of a batch becomes, exactly as storing them one
 * by one would: a duplicate when its draft key is the latest version's (in the db or earlier in
 * the batch), else version = latest + 1 and `supersedes` = the current valid version (a valid
 * one becomes current in turn, so chains inside the batch link up). `ids` are the new rows' ids.
 */
export function planBatch(
  list: readonly NewSubmission[],
  keys: readonly string[],
  states: Map<string, GroupState>,
  ids: readonly number[],
): Planned[] {
  const live = new Map<
    string,
    { version: number; key: string; batchIndex: number | null; current: number | null; db: GroupState['latest'] }
  >();
  let next = 0;
  return list.map((s, i): Planned => {
    const g = groupKey(s);
    let state = live.get(g);
    if (!state) {
      const db = states.get(g) ?? { latest: null, current: null };
      state = { version: db.latest?.version ?? 0, key: db.latest?.draftKey ?? '', batchIndex: null, current: db.current, db: db.latest };
      live.set(g, state);
    }
    if (state.version > 0 && state.key === keys[i]) {
      if (state.batchIndex !== null) return { kind: 'duplicate-of-batch', of: state.batchIndex };
      if (state.db) return { kind: 'duplicate-of-db', row: state.db };
    }
    const id = ids[next++];
    if (id === undefined) throw new Error('planBatch: fewer ids than new submissions');
    const valid = s.status !== 'rejected';
    const planned: Planned = { kind: 'new', id, version: state.version + 1, supersedes: valid ? state.current : null };
    state.version += 1;
    state.key = keys[i] ?? '';
    state.batchIndex = i;
    if (valid) state.current = id;
    return planned;
  });
}

/** How many new rows a batch needs (the duplicates take none): run before allocating ids. */
export function countNew(list: readonly NewSubmission[], keys: readonly string[], states: Map<string, GroupState>): number {
  const last = new Map<string, string>();
  let n = 0;
  list.forEach((s, i) => {
    const g = groupKey(s);
    const key = keys[i] ?? '';
    if ((last.get(g) ?? states.get(g)?.latest?.draftKey) === key) return;
    last.set(g, key);
    n += 1;
  });
  return n;
}
