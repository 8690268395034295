import { useState } from 'preact/hooks';
import { download } from '../api/http';
import { readToken } from '../api/token';
import { messageOf } from '../errors';
import { useApp } from '../lib/app-context';
import type { Selection } from '../layout';

const ROLE_NAME = { admin: 'Quản trị', uploader: 'Cán bộ tải báo cáo', analyst: 'Phân tích', viewer: 'Lãnh đạo (xem)' } as const;

export function Header({ selection }: { selection: Selection | null }) {
  const { me, signOut, units } = useApp();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const fetchFile = (path: 'export.xlsx' | 'report.docx', name: string): void => {
    if (!selection) return;
    setBusy(path);
    setError(null);
    download(
      path,
      { unit: selection.unit, period: selection.period },
      `${name}-${selection.unit}-${selection.period}.${path.split('.')[1]}`,
    )
      .catch((e: unknown) => setError(messageOf(e)))
      .finally(() => setBusy(null));
  };

  return (
    <header class="site-header">
      <div class="brand">
        <h1>Tổng hợp báo cáo thực hiện dân chủ ở cơ sở</h1>
        {me.name && !me.anonymous && (
          <p class="who">
            {me.name}
            {me.role && ` · ${ROLE_NAME[me.role]}`}
            {me.unit && ` · ${units.get(me.unit)?.name ?? `đơn vị ${me.unit}`}`}
          </p>
        )}
      </div>
      <div class="header-actions">
        {selection && (
          <>
            <button type="button" onClick={() => fetchFile('export.xlsx', 'tong-hop')} disabled={busy !== null}>
              {busy === 'export.xlsx' ? 'Đang tạo tệp…' : 'Tải bảng tổng hợp (Excel)'}
            </button>
            <button type="button" onClick={() => fetchFile('report.docx', 'bao-cao')} disabled={busy !== null}>
              {busy === 'report.docx' ? 'Đang tạo tệp…' : 'Tải dự thảo báo cáo (Word)'}
            </button>
          </>
        )}
        {me.anonymous && (
          <button type="button" class="secondary" onClick={() => signOut()}>
            Đăng nhập
          </button>
        )}
        {readToken() && (
          <button type="button" class="secondary" onClick={() => signOut()}>
            Đăng xuất
          </button>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </header>
  );
}
