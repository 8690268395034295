import { can, useApp } from '../lib/app-context';
import { formatNumber } from '../lib/format';
import { placeOf, type LineageRow } from '../lib/lineage';
import { FileLink } from './file-link';

const STATE: Record<string, string> = {
  accepted: 'hợp lệ',
  warning: 'có cảnh báo',
  rejected: 'bị từ chối',
  superseded: 'đã được thay thế',
};

function cellValue(value: LineageRow['cell']['value']): string {
  if (value === null) return '—';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  return value;
}

/** One row per source cell: the unit, the value, the file and the cell or line, the submission and its version. */
export function LineageTable({ rows }: { rows: LineageRow[] }) {
  const { units, me, optionLabel, indicator } = useApp();
  const files = can(me, 'files');
  const options = rows.some((r) => r.cell.option);
  const several = new Set(rows.map((r) => r.cell.indicator)).size > 1;
  const reports = new Set(rows.map((r) => r.cell.submission_id)).size;
  return (
    <div class="table-wrap">
      <table class="lineage-table">
        <caption>Các ô số liệu tạo nên con số này ({formatNumber(reports)} báo cáo)</caption>
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
          {rows.map(({ cell: c, submission: s }, i) => (
            <tr key={`${c.submission_id}-${i}`}>
              <th scope="row">{units.name(c.unit)}</th>
              {several && <td>{indicator(c.indicator)?.label ?? c.indicator}</td>}
              {options && <td>{c.option ? optionLabel(null, c.option) : 'Tổng'}</td>}
              <td class="num">{cellValue(c.value)}</td>
              <td>
                {files ? <FileLink id={c.submission_id} name={c.file} /> : c.file}
                <br />
                <code>{placeOf(c)}</code>
              </td>
              <td>
                Số {c.submission_id}, phiên bản {s?.version ?? '?'}
                {s && STATE[s.status] ? ` (${STATE[s.status]})` : ''}
                {s?.derived ? ', tính từ các kỳ ngắn hơn' : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
