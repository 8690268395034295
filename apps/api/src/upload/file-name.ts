/** Bytes of a file name on disk: most file systems allow 255 per path segment; room is left for the temp folder's own names. */
export const MAX_NAME_BYTES = 200;

/**
 * A file name as the user gave it, safe to use as the last segment of a path: no folders, no
 * control characters, at most MAX_NAME_BYTES bytes of UTF-8 — shortened by bytes (300 × "Đ" is
 * 600 bytes), never inside a character, keeping the extension.
 */
export function safeFileName(name: string | undefined, index: number): string {
  const base =
    (name ?? '')
      .normalize('NFC')
      .split(/[\\/]/)
      .pop()
      ?.replace(/[\x00-\x1f\x7f]/g, '')
      .trim() ?? '';
  if (base === '' || base === '.' || base === '..') return `tep-${index + 1}`;
  return shortenByBytes(base, MAX_NAME_BYTES);
}

/** `name` cut to `max` UTF-8 bytes at a character boundary, the extension (up to 16 bytes) kept, "…" marking the cut. */
export function shortenByBytes(name: string, max: number): string {
  if (Buffer.byteLength(name) <= max) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && Buffer.byteLength(name.slice(dot)) <= 16 ? name.slice(dot) : '';
  const room = max - Buffer.byteLength(ext) - Buffer.byteLength('…');
  let stem = '';
  let used = 0;
  for (const ch of name.slice(0, name.length - ext.length)) {
    const n = Buffer.byteLength(ch);
    if (used + n > room) break;
    stem += ch;
    used += n;
  }
  return `${stem}…${ext}`;
}

/**
 * The file name a response shows for a stored name: the CLI stores the path it was given
 * (`/srv/bao-cao/xa.xlsx`), and a server path is none of a client's business — only the last
 * segment is answered.
 */
export function displayName(stored: string): string {
  return stored.split(/[\\/]/).pop() || stored;
}
