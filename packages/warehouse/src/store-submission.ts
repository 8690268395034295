import { hash } from 'node:crypto';
import { WAREHOUSE_ERROR_CODES, WarehouseError } from './errors';
import { FactAppender } from './fact-appender';
import { countNew, loadGroupStates, planBatch, type Planned } from './submission-plan';
import type { NewRow } from './submission-insert';
import { insertBatchRows } from './submission-rows';
import { insertStagedFacts, type StagedTarget } from './store-staged';
import type { NewSubmission, StoredSubmission, StoreOptions } from './types';
import type { Tx } from './writer';

/** sha256 of (file sha | unit | period | form | sheet): the same bytes read the same way. */
export function draftKey(s: Pick<NewSubmission, 'file' | 'unitCode' | 'period' | 'form' | 'sheet'>): string {
  return hash('sha256', [s.file.sha256, s.unitCode, s.period, s.form, s.sheet ?? ''].join('|'), 'hex');
}

function check(s: NewSubmission, index: number, total: number, options: StoreOptions): void {
  const wrong: string[] = (['unitCode', 'period', 'form', 'plugin', 'uploadedBy'] as const).filter((k) => !s[k]);
  if (
    s.staged &&
    (!options.staged || !Array.isArray(s.facts) || s.facts.length > 0 || !Number.isInteger(s.staged.group) || !(s.staged.count >= 0))
  )
    wrong.push('staged');
  if (!['accepted', 'warning', 'rejected'].includes(s.status)) wrong.push('status');
  if (!/^[0-9a-f]{64}$/.test(s.file.sha256) || !s.file.name) wrong.push('file');
  if (wrong.length > 0) {
    const which = total > 1 ? ` (báo cáo thứ ${index + 1} trong lô ${total} báo cáo)` : '';
    throw new WarehouseError(
      WAREHOUSE_ERROR_CODES.SUBMISSION_INVALID,
      `Lỗi lập trình: báo cáo thiếu hoặc sai trường ${wrong.join(', ')}${which}.`,
    );
  }
}

async function allocateIds(tx: Tx, n: number): Promise<number[]> {
  if (n === 0) return [];
  const rows = await tx.query<{ id: number }>("select nextval('submission_id_seq') as id from range($1)", [n]);
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/**
 * The one write path of submissions: many in one transaction (`tx`), whole or nothing, each
 * stored exactly as if stored alone in list order (duplicates, versions, supersedes chains).
 * Facts come from each submission's `facts`, or for `staged` ones from `options.staged`.
 */
export async function storeSubmissionsTx(
  tx: Tx,
  list: readonly NewSubmission[],
  now: Date,
  options: StoreOptions = {},
): Promise<StoredSubmission[]> {
  list.forEach((s, i) => check(s, i, list.length, options));
  if (list.length === 0) return [];
  const keys = list.map(draftKey);
  const states = await loadGroupStates(tx, list);
  const ids = await allocateIds(tx, countNew(list, keys, states));
  const plan = planBatch(list, keys, states, ids);

  const facts = new FactAppender(await tx.appender('fact_values'));
  const counts = new Map<number, number>();
  const rows: NewRow[] = [];
  const staged: StagedTarget[] = [];
  for (const [i, p] of plan.entries()) {
    const s = list[i];
    if (p.kind !== 'new' || !s) continue;
    if (s.staged) staged.push({ group: s.staged.group, id: p.id, count: s.staged.count });
    const factCount = s.staged ? s.staged.count : await facts.addAll(p.id, s);
    counts.set(i, factCount);
    rows.push({ s, key: keys[i] ?? '', id: p.id, version: p.version, supersedes: p.supersedes, factCount });
  }
  facts.close();
  if (options.staged) await insertStagedFacts(tx, options.staged, staged);
  await insertBatchRows(tx, { list, plan, rows }, now);
  return plan.map((p, i) => resultOf(p, i, list, plan, counts));
}

function resultOf(
  p: Planned,
  i: number,
  list: readonly NewSubmission[],
  plan: readonly Planned[],
  counts: Map<number, number>,
): StoredSubmission {
  if (p.kind === 'duplicate-of-db') {
    const { id, version, supersedes, status, factCount } = p.row;
    return { id, version, supersedes, duplicate: true, status, factCount };
  }
  if (p.kind === 'duplicate-of-batch') return { ...resultOf(plan[p.of] as Planned, p.of, list, plan, counts), duplicate: true };
  return {
    id: p.id,
    version: p.version,
    supersedes: p.supersedes,
    duplicate: false,
    status: (list[i] as NewSubmission).status,
    factCount: counts.get(i) ?? 0,
  };
}
