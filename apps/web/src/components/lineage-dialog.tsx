import { useEffect, useRef } from 'preact/hooks';
import { useApp, type LineageRequest } from '../lib/app-context';
import { lineageRows } from '../lib/lineage';
import { periodLabel } from '@tonghop/core';
import { useAsync } from '../lib/use-async';
import { LineageTable } from './lineage-table';
import { LoadError } from './load-error';

/** Which submissions (with versions) and which cells or lines make one figure. */
export function LineageDialog({ request, onClose }: { request: LineageRequest; onClose(): void }) {
  const { api, units } = useApp();
  const dialog = useRef<HTMLDialogElement>(null);
  const data = useAsync(async () => lineageRows(await api.lineage(request.unit, request.period, request.indicator)), [request]);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.showModal();
    return () => opener?.focus();
  }, []);
  return (
    <dialog ref={dialog} class="lineage" aria-labelledby="nguon-tieu-de" onClose={onClose}>
      <div class="dialog-head">
        <h2 id="nguon-tieu-de">Nguồn số liệu</h2>
        <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
          Đóng
        </button>
      </div>
      <p class="lineage-what">
        {request.shown} — {units.name(request.unit)}, {periodLabel(request.period)}
      </p>
      {data.loading && (
        <p class="status" role="status">
          Đang tải nguồn số liệu…
        </p>
      )}
      {data.error !== undefined && <LoadError error={data.error} />}
      {data.data?.length === 0 && <p class="status">Không có báo cáo nào tạo nên số liệu này.</p>}
      {data.data && data.data.length > 0 && <LineageTable rows={data.data} />}
    </dialog>
  );
}
