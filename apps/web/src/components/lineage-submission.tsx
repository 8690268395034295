import type { LineageSubmission } from '../api/read-lineage';
import { can, useApp } from '../lib/app-context';
import { formatNumber } from '../lib/format';
import { periodLabel } from '../lib/periods';
import { FileLink } from './file-link';
import { SubmissionVersions } from './submission-versions';

const STATE: Record<string, string> = { accepted: 'hợp lệ', warning: 'hợp lệ, có cảnh báo', rejected: 'bị từ chối', superseded: 'đã được thay thế' };

function cellValue(value: string): string {
  return /^-?\d+(\.\d+)?$/u.test(value) ? formatNumber(Number(value)) : value === 'true' ? 'Có' : value === 'false' ? 'Không' : value;
}

export function LineageSubmissionView({ submission: s }: { submission: LineageSubmission }) {
  const { units, me, optionLabel } = useApp();
  return (
    <section class="lineage-sub" aria-label={`Báo cáo số ${s.id}`}>
      <h3>
        {s.unit ? units.name(s.unit) : 'Báo cáo'}
        {s.form && ` · Biểu ${s.form}`}
        {s.period && ` · ${periodLabel(s.period)}`}
      </h3>
      <p class="meta">
        Báo cáo số {s.id}
        {s.version !== null && ` · phiên bản ${s.version}`}
        {s.status && STATE[s.status] && ` (${STATE[s.status]})`}
        {s.derived && ' · tính từ các kỳ ngắn hơn'}
        {s.fileName && ` · tệp ${s.fileName}`}
        {s.sheet && `, trang ${s.sheet}`}
      </p>
      {can(me, 'files') && (
        <>
          <p>
            <FileLink id={s.id} name={s.fileName} />
          </p>
          <SubmissionVersions id={s.id} />
        </>
      )}
      {s.cells.length > 0 && (
        <table>
          <caption>Các ô số liệu{s.fileName ? ` trong tệp ${s.fileName}` : ''}</caption>
          <thead>
            <tr>
              <th scope="col">Đơn vị</th>
              <th scope="col">Phân tổ</th>
              <th scope="col">Giá trị</th>
              <th scope="col">Ô / dòng</th>
            </tr>
          </thead>
          <tbody>
            {s.cells.map((c, i) => (
              <tr key={i}>
                <td>{c.unit ? units.name(c.unit) : '—'}</td>
                <td>{c.option ? optionLabel(null, c.option) : 'Tổng'}</td>
                <td class="num">{cellValue(c.value)}</td>
                <td>
                  <code>{c.where}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
