import type { DuckDBAppender } from '@duckdb/node-api';
import { insertRows } from './bulk-insert';
import { WarehouseQueryError } from './errors';
import { appendSubmissions, type NewRow } from './submission-appender';
import type { Planned } from './submission-plan';
import type { NewSubmission } from './types';
import type { Tx } from './writer';

export interface Batch {
  list: readonly NewSubmission[];
  plan: readonly Planned[];
  rows: readonly NewRow[];
}

/**
 * The set-based writes of a batch, after its facts: new `files` rows, the `submissions` rows (an Appender),
 * their validation results and one audit row per submission (`submission.store`, or
 * `submission.duplicate` naming the version it repeats), each table in one statement (files: one per distinct file).
 */
export async function insertBatchRows(tx: Tx, batch: Batch, now: Date): Promise<void> {
  const { list, plan, rows } = batch;
  const files = new Map(rows.map(({ s }) => [s.file.sha256, s.file]));
  for (const f of files.values()) { // a batch is nearly always one file
    await tx.run('insert into files (sha256, size, first_name, stored_at) values ($1, $2, $3, $4) on conflict do nothing', [f.sha256, f.size, f.name, now]);
  }
  await appendInto(tx, 'submissions', (a) => appendSubmissions(a, rows, now));
  await insertRows(tx, 'validation_results', VALIDATION_COLUMNS, rows.flatMap((r) => r.s.validation.map((v) => ({
    submission_id: r.id, severity: v.severity, rule: v.rule, cell: v.cell ?? null, message: v.message,
  }))));
  const factCounts = new Map(rows.map((r) => [r.id, r.factCount]));
  await insertRows(tx, 'audit_log', AUDIT_COLUMNS, plan.map((p, i) => ({ logged_at: now, ...auditRow(p, list[i] as NewSubmission, plan, factCounts) })));
}

const V = { type: 'VARCHAR' } as const;
const VALIDATION_COLUMNS = { submission_id: { type: 'BIGINT' }, severity: V, rule: V, cell: V, message: V } as const;
const AUDIT_COLUMNS = { logged_at: { type: 'TIMESTAMPTZ' }, actor: V, action: V, target: V, detail: { type: 'VARCHAR', cast: 'json' } } as const;

/** Appends with one Appender, closed here; a failed constraint becomes a QUERY_FAILED like any insert. */
async function appendInto(tx: Tx, table: string, fill: (a: DuckDBAppender) => void): Promise<void> {
  const appender = await tx.appender(table);
  try {
    fill(appender);
    appender.closeSync();
  } catch (error: unknown) {
    throw new WarehouseQueryError(`append into ${table}`, [], error);
  }
}

function auditRow(p: Planned, s: NewSubmission, plan: readonly Planned[], factCounts: Map<number, number>): { actor: string; action: string; target: string; detail: string } {
  const base = { actor: s.uploadedBy };
  if (p.kind === 'new') {
    const detail = { unit: s.unitCode, period: s.period, form: s.form, version: p.version, status: s.status, supersedes: p.supersedes, file: s.file, facts: factCounts.get(p.id) ?? 0 };
    return { ...base, action: 'submission.store', target: String(p.id), detail: JSON.stringify(detail) };
  }
  const target = p.kind === 'duplicate-of-db' ? p.row.id : (plan[p.of] as Extract<Planned, { kind: 'new' }>).id;
  return { ...base, action: 'submission.duplicate', target: String(target), detail: JSON.stringify({ file: s.file }) };
}
