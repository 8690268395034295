import { periodLabel } from '@tonghop/core';
import type { IngestResult } from '@tonghop/ingest';
import type { UnitNames } from './unit-names';

const STATUS_TEXT: Record<IngestResult['status'], string> = {
  accepted: 'đã nhận',
  warning: 'đã nhận, có cảnh báo',
  rejected: 'bị từ chối',
};

const STATUS_MARK: Record<IngestResult['status'], string> = { accepted: '✔', warning: '⚠', rejected: '✖' };

/** Human lines for one result: a headline, then its errors and warnings indented. */
export function formatResult(r: IngestResult, names: UnitNames): string[] {
  const what = [r.unit ? names.named(r.unit) : null, r.period ? periodLabel(r.period) : null, r.form ? `biểu ${r.form}` : null].filter(
    (x) => x !== null,
  );
  const stored =
    r.submission_id === null
      ? 'không lưu'
      : `báo cáo số ${r.submission_id}${r.supersedes !== null ? ` (thay báo cáo số ${r.supersedes})` : ''}, ${r.facts} số liệu`;
  const lines = [`${STATUS_MARK[r.status]} ${r.file}: ${STATUS_TEXT[r.status]}${what.length ? ` — ${what.join(', ')}` : ''}; ${stored}`];
  for (const e of r.errors) lines.push(`    lỗi: ${e.message}`);
  for (const w of r.warnings) lines.push(`    cảnh báo: ${w.message}`);
  return lines;
}

/** The closing summary line. */
export function formatSummary(results: readonly IngestResult[]): string {
  const count = (s: IngestResult['status']) => results.filter((r) => r.status === s).length;
  const files = new Set(results.map((r) => r.file)).size;
  return `Tổng cộng: ${files} tệp, ${results.length} báo cáo — ${count('accepted')} đã nhận, ${count('warning')} có cảnh báo, ${count('rejected')} bị từ chối.`;
}
