import { getJson } from '../api/http';
import { arrayIn, isObj, num, str } from '../api/read';
import { formatDateTime } from '../lib/format';
import { useAsync } from '../lib/use-async';

interface Version {
  id: string;
  version: number | null;
  current: boolean;
  status: string | null;
  file: string | null;
  uploadedBy: string | null;
  receivedAt: string | null;
}

async function fetchVersions(id: string): Promise<Version[]> {
  const body = await getJson(`submissions/${encodeURIComponent(id)}`);
  return arrayIn(isObj(body) ? body.versions : [], 'versions').filter(isObj).map((v) => ({
    id: str(v.id) ?? '',
    version: num(v.version),
    current: v.current === true,
    status: str(v.status),
    file: str(v.file),
    uploadedBy: str(v.uploaded_by),
    receivedAt: str(v.received_at),
  }));
}

/** Every version of the same unit, period and form; the one in use is marked. */
export function SubmissionVersions({ id }: { id: string }) {
  const data = useAsync(() => fetchVersions(id), [id]);
  if (!data.data || data.data.length < 2) return null;
  return (
    <details class="versions">
      <summary>Các phiên bản ({data.data.length})</summary>
      <ol>
        {data.data.map((v) => (
          <li key={v.id}>
            Phiên bản {v.version ?? '?'}: báo cáo số {v.id}, tệp {v.file ?? '—'}, nhận lúc {formatDateTime(v.receivedAt)}
            {v.uploadedBy && `, ${v.uploadedBy}`}
            {v.status === 'rejected' ? ' (bị từ chối)' : v.current ? ' (đang dùng)' : ' (đã được thay thế)'}
          </li>
        ))}
      </ol>
    </details>
  );
}
