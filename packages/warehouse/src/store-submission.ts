import { createHash } from 'node:crypto';
import { insertAudit } from './audit';
import { WAREHOUSE_ERROR_CODES, WarehouseError } from './errors';
import { FactAppender } from './fact-appender';
import type { NewSubmission, StoredSubmission, SubmissionStatus } from './types';
import type { Tx } from './writer';

/** sha256 of (file sha | unit | period | form | sheet): the same bytes read the same way. */
export function draftKey(s: Pick<NewSubmission, 'file' | 'unitCode' | 'period' | 'form' | 'sheet'>): string {
  return createHash('sha256')
    .update([s.file.sha256, s.unitCode, s.period, s.form, s.sheet ?? ''].join('|'))
    .digest('hex');
}

interface LatestRow {
  id: number;
  version: number;
  draft_key: string;
  supersedes: number | null;
  status: SubmissionStatus;
  fact_count: number;
}

function check(s: NewSubmission): void {
  const wrong: string[] = (['unitCode', 'period', 'form', 'plugin', 'uploadedBy'] as const).filter((k) => !s[k]);
  if (!['accepted', 'warning', 'rejected'].includes(s.status)) wrong.push('status');
  if (!/^[0-9a-f]{64}$/.test(s.file.sha256) || !s.file.name) wrong.push('file');
  if (wrong.length > 0) {
    throw new WarehouseError(WAREHOUSE_ERROR_CODES.SUBMISSION_INVALID, `Lỗi lập trình: báo cáo thiếu hoặc sai trường ${wrong.join(', ')}.`);
  }
}

async function appendFacts(tx: Tx, id: number, s: NewSubmission): Promise<number> {
  const facts = new FactAppender(await tx.appender('facts'), id, s);
  for await (const fact of s.facts) facts.add(fact);
  facts.close();
  return facts.count;
}

/** The one write path of a submission. Runs inside `tx`: whole or nothing. */
export async function storeSubmissionTx(tx: Tx, s: NewSubmission, now: Date): Promise<StoredSubmission> {
  check(s);
  const key = draftKey(s);
  const group = [s.unitCode, s.period, s.form];
  const [latest] = await tx.query<LatestRow>(
    `select id, version, draft_key, supersedes, status, fact_count from submissions
     where unit_code = $1 and period = $2 and form = $3 order by version desc limit 1`,
    group,
  );
  if (latest && latest.draft_key === key) {
    await insertAudit(tx, now, { actor: s.uploadedBy, action: 'submission.duplicate', target: String(latest.id), detail: { file: s.file } });
    const { id, version, supersedes, status, fact_count: factCount } = latest;
    return { id, version, supersedes, duplicate: true, status, factCount };
  }
  const version = (latest?.version ?? 0) + 1;
  let supersedes: number | null = null;
  if (s.status !== 'rejected') {
    const [current] = await tx.query<{ id: number }>(
      `select id from submissions where unit_code = $1 and period = $2 and form = $3
       and status in ('accepted', 'warning') order by version desc limit 1`,
      group,
    );
    supersedes = current?.id ?? null;
  }
  const [{ id } = { id: 0 }] = await tx.query<{ id: number }>("select nextval('submission_id_seq') as id");
  await tx.run('insert into files (sha256, size, first_name, stored_at) values ($1, $2, $3, $4) on conflict do nothing', [
    s.file.sha256,
    s.file.size,
    s.file.name,
    now,
  ]);
  const factCount = await appendFacts(tx, id, s);
  await tx.run(
    `insert into submissions (id, unit_code, period, form, version, supersedes, status, plugin, file_sha256, file_name,
       sheet, draft_key, uploaded_by, received_at, fact_count)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [id, ...group, version, supersedes, s.status, s.plugin, s.file.sha256, s.file.name, s.sheet ?? null, key, s.uploadedBy, s.receivedAt ?? now, factCount],
  );
  for (const v of s.validation) {
    await tx.run('insert into validation_results (submission_id, severity, rule, cell, message) values ($1, $2, $3, $4, $5)', [
      id,
      v.severity,
      v.rule,
      v.cell ?? null,
      v.message,
    ]);
  }
  await insertAudit(tx, now, {
    actor: s.uploadedBy,
    action: 'submission.store',
    target: String(id),
    detail: { unit: s.unitCode, period: s.period, form: s.form, version, status: s.status, supersedes, file: s.file, facts: factCount },
  });
  return { id, version, supersedes, duplicate: false, status: s.status, factCount };
}
