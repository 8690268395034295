import { useState } from 'preact/hooks';
import { messageOf } from '../errors';
import { useApp } from '../lib/app-context';
import type { Selection } from '../layout';

const ROLE_NAME = { admin: 'Quản trị', uploader: 'Cán bộ tải báo cáo', analyst: 'Phân tích', viewer: 'Lãnh đạo (xem)' } as const;

export function Header({ selection }: { selection: Selection | null }) {
  const { api, me, signOut, units } = useApp();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'workbook' | 'report' | null>(null);

  const fetchFile = (what: 'workbook' | 'report'): void => {
    if (!selection) return;
    setBusy(what);
    setError(null);
    (what === 'workbook' ? api.downloadWorkbook : api.downloadReport)(selection.unit, selection.period)
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
            <button type="button" onClick={() => fetchFile('workbook')} disabled={busy !== null}>
              {busy === 'workbook' ? 'Đang tạo tệp…' : 'Tải bảng tổng hợp (Excel)'}
            </button>
            <button type="button" onClick={() => fetchFile('report')} disabled={busy !== null}>
              {busy === 'report' ? 'Đang tạo tệp…' : 'Tải dự thảo báo cáo (Word)'}
            </button>
          </>
        )}
        {me.anonymous && (
          <button type="button" class="secondary" onClick={() => signOut()}>
            Đăng nhập
          </button>
        )}
        {api.signedIn() && (
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
