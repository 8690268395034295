import { useState } from 'preact/hooks';
import { apiUrl, download } from '../api/http';
import { readToken } from '../api/token';
import { messageOf } from '../errors';

/** A link to a submission's original file; with a token the bytes are fetched with the header. */
export function FileLink({ id, name }: { id: string; name: string | null }) {
  const [error, setError] = useState<string | null>(null);
  const path = `submissions/${encodeURIComponent(id)}/file`;
  const onClick = (event: MouseEvent): void => {
    if (!readToken()) return;
    event.preventDefault();
    setError(null);
    download(path, {}, name ?? `bao-cao-${id}`).catch((e: unknown) => setError(messageOf(e)));
  };
  return (
    <>
      <a href={apiUrl(path)} download={name ?? true} onClick={onClick} class="file-link" title="Tải tệp gốc">
        {name ?? 'Tải tệp gốc'}
      </a>
      {error && (
        <span class="error" role="alert">
          {' '}
          {error}
        </span>
      )}
    </>
  );
}
