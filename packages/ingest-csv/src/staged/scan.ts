import { createReadStream } from 'node:fs';

/** How a file's lines end. */
export interface FileScan {
  /** LF bytes. */
  lf: number;
  /** CR bytes (a CRLF file has as many as LF; a lone CR is a line end for DuckDB but not counted here). */
  cr: number;
  /** Lines with something on them before the file's trailing blank lines: the last line counts even without a line end. */
  lines: number;
}

const LF = 0x0a;
const CR = 0x0d;

function count(chunk: Buffer, byte: number): number {
  let n = 0;
  for (let i = chunk.indexOf(byte); i !== -1; i = chunk.indexOf(byte, i + 1)) n++;
  return n;
}

/**
 * Line counts of a file (the blob store's immutable copy) in one streamed read. `lines` counts line ends, plus a last
 * line without one, minus the blank lines at the very end (which no reader turns into rows).
 */
export async function scanFile(path: string): Promise<FileScan> {
  let lf = 0;
  let cr = 0;
  let tail: Buffer = Buffer.alloc(0);
  for await (const data of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const chunk = data as Buffer;
    lf += count(chunk, LF);
    cr += count(chunk, CR);
    tail = chunk.length >= 4096 ? chunk.subarray(chunk.length - 4096) : Buffer.concat([tail, chunk]).subarray(-4096);
  }
  // Line ends at the very end: the first closes the last line, each further one is a blank line.
  let ends = 0;
  let i = tail.length - 1;
  while (i >= 0 && (tail[i] === LF || tail[i] === CR)) {
    if (tail[i] === LF) ends++;
    i--;
  }
  const lastWithoutEnd = tail.length > 0 && ends === 0 ? 1 : 0;
  const lines = lf + lastWithoutEnd - Math.max(0, ends - 1);
  return { lf, cr, lines };
}
