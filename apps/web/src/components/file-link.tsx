import { useState } from 'preact/hooks';
import { messageOf } from '../errors';
import { useApp } from '../lib/app-context';

/** A link to a submission's original file; with a token the bytes are fetched with the header. */
export function FileLink({ id, name }: { id: number; name: string }) {
  const { api } = useApp();
  const [error, setError] = useState<string | null>(null);
  const onClick = (event: MouseEvent): void => {
    if (!api.signedIn()) return;
    event.preventDefault();
    setError(null);
    api.downloadFile(id, name).catch((e: unknown) => setError(messageOf(e)));
  };
  return (
    <>
      <a href={api.fileUrl(id)} download={name} onClick={onClick} class="file-link" title="Tải tệp gốc">
        {name}
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
