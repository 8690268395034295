import { WAREHOUSE_ERROR_CODES, WarehouseError, type Warehouse } from '@tonghop/warehouse';
import { INGEST_CODES } from './errors';
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

/** Whether keeping the original bytes failed because the file changed after it was read and hashed. */
export function isFileChanged(error: unknown): boolean {
  return error instanceof WarehouseError && error.code === WAREHOUSE_ERROR_CODES.BLOB_CHANGED;
}

/** Refuses (the rest of) a file whose bytes changed while it was being ingested: audited; nothing of it is stored from then on. */
export async function refuseChangedFile(
  warehouse: Warehouse,
  actor: string,
  file: string,
  plugin: string | null,
  sha256: string,
): Promise<IngestResult> {
  const result = refusedResult(file, plugin, [
    {
      cell: null,
      rule: INGEST_CODES.FILE_CHANGED,
      message: `tệp ${file}: tệp đã bị thay đổi trong khi đang được nhận (nội dung lúc lưu khác nội dung đã đọc); không lưu số liệu nào từ đây, hãy nộp lại tệp`,
    },
  ]);
  await auditRefusal(warehouse, actor, result, sha256);
  return result;
}
