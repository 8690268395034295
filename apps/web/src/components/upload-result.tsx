import { isPeriodCode, periodTitle } from '@tonghop/core';
import type { IngestResult, Issue } from '../api/contract';
import { useApp } from '../lib/app-context';
import { formatNumber } from '../lib/format';

const STATUS = {
  accepted: { text: 'Đã tiếp nhận', cls: 'ok' },
  warning: { text: 'Đã tiếp nhận, có cảnh báo', cls: 'warn' },
  rejected: { text: 'Bị từ chối', cls: 'bad' },
} as const;

function Issues({ title, issues, cls }: { title: string; issues: Issue[]; cls: string }) {
  if (issues.length === 0) return null;
  return (
    <table class={`issues ${cls}`}>
      <caption>
        {title} ({formatNumber(issues.length)})
      </caption>
      <thead>
        <tr>
          <th scope="col">Vị trí</th>
          <th scope="col">Quy tắc</th>
          <th scope="col">Nội dung</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, i) => (
          <tr key={i}>
            <td>
              <code>{issue.cell ?? '—'}</code>
            </td>
            <td>{issue.rule || '—'}</td>
            <td>{issue.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function UploadResultView({ result: r }: { result: IngestResult }) {
  const { units } = useApp();
  const status = STATUS[r.status] ?? STATUS.rejected;
  return (
    <article class={`upload-result ${status.cls}`} aria-label={`${r.file}: ${status.text}`}>
      <h4>
        <span class={`badge ${status.cls}`}>{status.text}</span> {r.file}
      </h4>
      <dl>
        {r.unit && (
          <>
            <dt>Đơn vị</dt>
            <dd>{units.name(r.unit)}</dd>
          </>
        )}
        {r.period && (
          <>
            <dt>Kỳ báo cáo</dt>
            <dd>{isPeriodCode(r.period) ? periodTitle(r.period) : r.period}</dd>
          </>
        )}
        {r.form && (
          <>
            <dt>Biểu mẫu</dt>
            <dd>{r.form}</dd>
          </>
        )}
        {r.facts !== null && (
          <>
            <dt>Số liệu ghi nhận</dt>
            <dd>{formatNumber(r.facts)}</dd>
          </>
        )}
        {r.supersedes && (
          <>
            <dt>Thay thế báo cáo</dt>
            <dd>{r.supersedes}</dd>
          </>
        )}
      </dl>
      <Issues title="Lỗi" issues={r.errors} cls="bad" />
      <Issues title="Cảnh báo" issues={r.warnings} cls="warn" />
    </article>
  );
}
