import { insertSubmissionRows, type NewRow } from './submission-insert';
import { withBatchColumns } from './batch-columns';
import type { Planned } from './submission-plan';
import type { NewSubmission } from './types';
import type { Tx } from './writer';

export interface Batch {
  list: readonly NewSubmission[];
  plan: readonly Planned[];
  rows: readonly NewRow[];
}

/**
 * The set-based writes of a batch, after its facts: new `files` rows, the `submissions` rows,
 * their validation results and one audit row per submission (`submission.store`, or
 * `submission.duplicate` naming the version it repeats), each table in one statement (files: one per distinct file).
 */
export async function insertBatchRows(tx: Tx, batch: Batch, now: Date): Promise<void> {
  const { list, plan, rows } = batch;
  // One statement for the batch's distinct files (a batch may hold many files: one ingest call);
  // the first name of a file in the batch is the one kept, as when files were stored one by one.
  const files = new Map<string, NewSubmission['file']>();
  for (const { s } of rows) if (!files.has(s.file.sha256)) files.set(s.file.sha256, s.file);
  if (files.size > 0) {
    const list = [...files.values()];
    await tx.run(
      `insert into files (sha256, size, first_name, stored_at)
       select unnest($1::varchar[]), unnest($2::bigint[]), unnest($3::varchar[]), $4 on conflict do nothing`,
      [list.map((f) => f.sha256), list.map((f) => f.size), list.map((f) => f.name), now],
    );
  }
  await insertSubmissionRows(tx, rows, now);
  await insertValidationRows(tx, rows);
  await insertAuditRows(tx, list, plan, now);
}

/** The validation results of the new submissions (errors of rejected ones, warnings), in one statement. */
async function insertValidationRows(tx: Tx, rows: readonly NewRow[]): Promise<void> {
  const results = rows.flatMap((r) => r.s.validation.map((v) => ({ id: r.id, ...v })));
  if (results.length === 0) return;
  const columns = [
    { name: 'submission_id', type: 'BIGINT', values: results.map((v) => v.id) },
    { name: 'severity', type: 'VARCHAR', values: results.map((v) => v.severity) },
    { name: 'rule', type: 'VARCHAR', values: results.map((v) => v.rule) },
    { name: 'cell', type: 'VARCHAR', values: results.map((v) => v.cell ?? null) },
    { name: 'message', type: 'VARCHAR', values: results.map((v) => v.message) },
  ] as const;
  const names = columns.map((c) => c.name);
  await withBatchColumns(tx, 'batch_validation', results.length, columns, (b) =>
    tx.run(
      `insert into validation_results (${names.join(', ')}) select ${names.map(b.expr).join(', ')} from ${b.from} order by ${b.order}`,
      b.params,
    ),
  );
}

/**
 * One audit row per submission of the batch, in list order: `submission.store` with the stored
 * row's details (built in SQL from the new `submissions` row), or `submission.duplicate` naming
 * the version it repeats.
 */
async function insertAuditRows(tx: Tx, list: readonly NewSubmission[], plan: readonly Planned[], now: Date): Promise<void> {
  const entries = plan.map((p, i) => auditEntry(p, list[i] as NewSubmission, plan));
  const columns = [
    { name: 'submission_id', type: 'BIGINT', values: entries.map((e) => e.submissionId) },
    { name: 'actor', type: 'VARCHAR', values: entries.map((e) => e.actor) },
    { name: 'action', type: 'VARCHAR', values: entries.map((e) => e.action) },
    { name: 'target', type: 'VARCHAR', values: entries.map((e) => e.target) },
    { name: 'detail', type: 'VARCHAR', values: entries.map((e) => e.detail) },
    { name: 'logged_at', type: 'TIMESTAMPTZ', values: entries.map(() => now) },
  ] as const;
  await withBatchColumns(tx, 'batch_audit', entries.length, columns, (b) =>
    tx.run(
      `insert into audit_log (logged_at, actor, action, target, detail)
     select ${b.expr('logged_at')}, ${b.expr('actor')}, ${b.expr('action')}, coalesce(${b.expr('target')}, s.id::varchar),
       coalesce(${b.expr('detail')}::json, json_object('unit', s.unit_code, 'period', s.period, 'form', s.form, 'version', s.version,
         'status', s.status, 'supersedes', s.supersedes, 'file', json_object('sha256', s.file_sha256, 'size', f.size, 'name', s.file_name),
         'facts', s.fact_count))
     from ${b.from}
     left join submissions s on s.id = ${b.expr('submission_id')}
     left join files f on f.sha256 = s.file_sha256
     order by ${b.order}`,
      b.params,
    ),
  );
}

/** A new submission's audit row is made in SQL from its stored row; a duplicate's here. */
function auditEntry(
  p: Planned,
  s: NewSubmission,
  plan: readonly Planned[],
): { submissionId: number | null; actor: string; action: string; target: string | null; detail: string | null } {
  if (p.kind === 'new') return { submissionId: p.id, actor: s.uploadedBy, action: 'submission.store', target: null, detail: null };
  const target = p.kind === 'duplicate-of-db' ? p.row.id : (plan[p.of] as Extract<Planned, { kind: 'new' }>).id;
  return {
    submissionId: null,
    actor: s.uploadedBy,
    action: 'submission.duplicate',
    target: String(target),
    detail: JSON.stringify({ file: s.file }),
  };
}
