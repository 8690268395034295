import type { Warehouse } from '@tonghop/warehouse';
import type { IngestIssue, IngestResult } from './types';

/** A result for a file or a draft that is refused: nothing stored, status "rejected". */
export function refusedResult(
  file: string,
  plugin: string | null,
  errors: IngestIssue[],
  warnings: IngestIssue[] = [],
  header: { unit?: string | null; period?: string | null; form?: string | null } = {},
): IngestResult {
  return {
    file,
    status: 'rejected',
    plugin,
    unit: header.unit ?? null,
    period: header.period ?? null,
    form: header.form ?? null,
    submission_id: null,
    supersedes: null,
    facts: 0,
    errors,
    warnings,
  };
}

/** The only trace of a refused submission: an audit entry `submission.refuse`. */
export async function auditRefusal(warehouse: Warehouse, actor: string, result: IngestResult, sha256: string | null): Promise<void> {
  await warehouse.audit({
    actor,
    action: 'submission.refuse',
    target: result.file,
    detail: { sha256, plugin: result.plugin, unit: result.unit, period: result.period, form: result.form, errors: result.errors },
  });
}
