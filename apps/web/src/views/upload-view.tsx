import { useState } from 'preact/hooks';
import type { IngestResult } from '../api/contract';
import { UploadResultView } from '../components/upload-result';
import { ApiError, messageOf } from '../errors';
import { useApp } from '../lib/app-context';
import { formatBytes, formatNumber } from '../lib/format';
import { UPLOAD_ACCEPT } from '@tonghop/ingest/formats';

type State =
  | { kind: 'idle' }
  | { kind: 'sending'; count: number }
  | { kind: 'done'; results: IngestResult[] }
  | { kind: 'failed'; message: string };

/** Staff upload one or many files and see each file's result with its cell-level errors. */
export function UploadView() {
  const { api, signOut } = useApp();
  const [files, setFiles] = useState<File[]>([]);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const submit = (event: Event): void => {
    event.preventDefault();
    if (files.length === 0) return;
    setState({ kind: 'sending', count: files.length });
    api.upload(files).then(
      (results) => setState({ kind: 'done', results }),
      (error: unknown) => {
        if (error instanceof ApiError && error.unauthorized) signOut(error.message);
        setState({ kind: 'failed', message: messageOf(error) });
      },
    );
  };

  return (
    <>
      <div class="view-title">
        <h2>Tải báo cáo lên</h2>
        <p>Tệp Excel (.xlsx) hoặc CSV; có thể chọn nhiều tệp một lần.</p>
      </div>
      <form class="upload" onSubmit={submit}>
        <input
          id="tep-bao-cao"
          class="visually-hidden"
          type="file"
          name="file"
          multiple
          accept={UPLOAD_ACCEPT}
          onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])}
        />
        <label for="tep-bao-cao" class="file-picker">
          Chọn tệp báo cáo
        </label>
        {files.length === 0 && <p class="hint">Chưa chọn tệp nào.</p>}
        {files.length > 0 && (
          <ul class="chosen">
            {files.map((f) => (
              <li key={f.name}>
                {f.name} ({formatBytes(f.size)})
              </li>
            ))}
          </ul>
        )}
        <button type="submit" disabled={files.length === 0 || state.kind === 'sending'}>
          {state.kind === 'sending' ? `Đang gửi ${formatNumber(state.count)} tệp…` : 'Tải lên'}
        </button>
      </form>
      <div class="upload-results" aria-live="polite" aria-busy={state.kind === 'sending'}>
        {state.kind === 'failed' && (
          <p class="status error" role="alert">
            {state.message}
          </p>
        )}
        {state.kind === 'done' && (
          <>
            <h3>Kết quả ({formatNumber(state.results.length)} báo cáo)</h3>
            {state.results.map((r, i) => (
              <UploadResultView key={`${r.file}-${i}`} result={r} />
            ))}
          </>
        )}
      </div>
    </>
  );
}
