import type { LineageSubmission } from '../api/read-lineage';
import { can, useApp } from '../lib/app-context';
import { formatNumber } from '../lib/format';
import { FileLink } from './file-link';

const STATE: Record<string, string> = {
  accepted: 'hợp lệ',
  warning: 'có cảnh báo',
  rejected: 'bị từ chối',
  superseded: 'đã được thay thế',
};

function cellValue(value: string): string {
  if (/^-?\d+(\.\d+)?$/u.test(value)) return formatNumber(Number(value));
  return value === 'true' ? 'Có' : value === 'false' ? 'Không' : value;
}

/** One row per source cell: the unit, the value, the file and the cell or line, the submission and its version. */
export function LineageTable({ submissions }: { submissions: LineageSubmission[] }) {
  const { units, me, optionLabel, indicator } = useApp();
  const files = can(me, 'files');
  const options = submissions.some((s) => s.cells.some((c) => c.option));
  const several = new Set(submissions.flatMap((s) => s.cells.map((c) => c.indicator))).size > 1;
  return (
    <div class="table-wrap">
      <table class="lineage-table">
        <caption>Các ô số liệu tạo nên con số này ({formatNumber(submissions.length)} báo cáo)</caption>
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            {several && <th scope="col">Chỉ tiêu</th>}
            {options && <th scope="col">Phân tổ</th>}
            <th scope="col">Giá trị</th>
            <th scope="col">Tệp, ô / dòng</th>
            <th scope="col">Báo cáo</th>
          </tr>
        </thead>
        <tbody>
          {submissions.flatMap((s) =>
            s.cells.map((c, i) => (
              <tr key={`${s.id}-${i}`}>
                <th scope="row">{units.name(c.unit ?? s.unit ?? '')}</th>
                {several && <td>{c.indicator ? (indicator(c.indicator)?.label ?? c.indicator) : '—'}</td>}
                {options && <td>{c.option ? optionLabel(null, c.option) : 'Tổng'}</td>}
                <td class="num">{cellValue(c.value)}</td>
                <td>
                  {files ? <FileLink id={s.id} name={s.fileName} /> : s.fileName}
                  <br />
                  <code>{c.where}</code>
                </td>
                <td>
                  Số {s.id}, phiên bản {s.version ?? '?'}
                  {s.status && STATE[s.status] ? ` (${STATE[s.status]})` : ''}
                  {s.derived ? ', tính từ các kỳ ngắn hơn' : ''}
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
