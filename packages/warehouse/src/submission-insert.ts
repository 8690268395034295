import { withBatchColumns } from './batch-columns';
import type { NewSubmission } from './types';
import type { Tx } from './writer';

/** A new submission row of a batch, its facts already stored. */
export interface NewRow {
  s: NewSubmission;
  key: string;
  id: number;
  version: number;
  supersedes: number | null;
  factCount: number;
}

/**
 * Inserts the `submissions` rows of a batch in one statement (withBatchColumns: the columns
 * that are the same in every row are bound once). Constraints are still enforced: a clash fails
 * the statement, and the batch with it.
 */
export async function insertSubmissionRows(tx: Tx, rows: readonly NewRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (r: NewRow) => T) => rows.map(f);
  const columns = [
    { name: 'id', type: 'BIGINT', values: col((r) => r.id) },
    { name: 'unit_code', type: 'VARCHAR', values: col((r) => r.s.unitCode) },
    { name: 'period', type: 'VARCHAR', values: col((r) => r.s.period) },
    { name: 'form', type: 'VARCHAR', values: col((r) => r.s.form) },
    { name: 'version', type: 'INTEGER', values: col((r) => r.version) },
    { name: 'supersedes', type: 'BIGINT', values: col((r) => r.supersedes) },
    { name: 'status', type: 'VARCHAR', values: col((r) => r.s.status) },
    { name: 'plugin', type: 'VARCHAR', values: col((r) => r.s.plugin) },
    { name: 'file_sha256', type: 'VARCHAR', values: col((r) => r.s.file.sha256) },
    { name: 'file_name', type: 'VARCHAR', values: col((r) => r.s.file.name) },
    { name: 'sheet', type: 'VARCHAR', values: col((r) => r.s.sheet ?? null) },
    { name: 'draft_key', type: 'VARCHAR', values: col((r) => r.key) },
    { name: 'uploaded_by', type: 'VARCHAR', values: col((r) => r.s.uploadedBy) },
    { name: 'received_at', type: 'TIMESTAMPTZ', values: col((r) => r.s.receivedAt ?? now) },
    { name: 'fact_count', type: 'INTEGER', values: col((r) => r.factCount) },
  ] as const;
  const names = columns.map((c) => c.name);
  await withBatchColumns(tx, 'batch_submissions', rows.length, columns, (b) =>
    tx.run(
      `insert into submissions (${names.join(', ')}) select ${names.map(b.expr).join(', ')} from ${b.from} order by ${b.order}`,
      b.params,
    ),
  );
}
