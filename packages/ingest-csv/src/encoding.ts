/** Which text encoding a CSV file uses, decided from its first bytes. */
export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface SniffedEncoding {
  encoding: CsvEncoding;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

/**
 * UTF-8 BOM, UTF-16LE/BE BOM, or — without a BOM — UTF-16LE when NUL bytes sit at most odd
 * offsets (ASCII text in UTF-16LE, as Excel's "Unicode text" writes it). Anything else is read
 * as UTF-8 and checked while decoding.
 */
export function sniffEncoding(head: Uint8Array): SniffedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 2) return { encoding: 'utf-8', bomLength: 0 };
  let oddZeros = 0;
  let evenZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZeros++;
    if (head[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.3 && evenZeros < pairs * 0.05) return { encoding: 'utf-16le', bomLength: 0 };
  if (evenZeros >= pairs * 0.3 && oddZeros < pairs * 0.05) return { encoding: 'utf-16be', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** True when the bytes start like a zip archive (xlsx, ods, docx): never a CSV. */
export function isZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05 || head[2] === 0x07);
}

/** True when the bytes start like an OLE compound file (legacy .xls). */
export function isOle(head: Uint8Array): boolean {
  return head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
}
