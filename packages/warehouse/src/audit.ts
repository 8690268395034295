import type { Tx } from './writer';
import type { AuditEntry } from './types';

/** Append one audit_log row inside the caller's transaction. `detail` is stored as JSON. */
export async function insertAudit(tx: Tx, at: Date, entry: AuditEntry): Promise<void> {
  await tx.run('insert into audit_log (logged_at, actor, action, target, detail, client) values ($1, $2, $3, $4, $5::json, $6)', [
    at,
    entry.actor,
    entry.action,
    entry.target ?? null,
    entry.detail === undefined ? null : JSON.stringify(entry.detail),
    entry.client ?? null,
  ]);
}
