import type { SniffedEncoding } from './encoding';
import { isOle, isZip, sniffEncoding } from './encoding';
import type { Newline } from './rows';

export interface HeadText {
  encoding: SniffedEncoding;
  newline: Newline;
  /** The first physical lines of the file (the last one dropped when the head was cut). */
  lines: string[];
}

const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Decodes `file.head` for detection; null for zip/OLE archives or binary noise. */
export function headText(head: Uint8Array, cut: boolean): HeadText | null {
  if (isZip(head) || isOle(head)) return null;
  const encoding = sniffEncoding(head);
  const text = new TextDecoder(encoding.encoding, { ignoreBOM: true }).decode(head.subarray(encoding.bomLength));
  if (/[\x00-\x08\x0e-\x1a]/.test(text)) return null;
  const newline: Newline = text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : text.includes('\r') ? '\r' : '\n';
  const lines = text.split(newline);
  if (cut && lines.length > 1) lines.pop();
  return { encoding, newline, lines };
}

/** Splits one line on a delimiter, honouring double quotes (enough for header sniffing). */
export function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** The delimiter that splits a header line into the most cells (`,` when none does). */
export function guessDelimiter(line: string): Delimiter {
  let best: Delimiter = ',';
  let bestCount = 1;
  for (const d of DELIMITERS) {
    const n = splitLine(line, d).length;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** The first line and delimiter (within `maxLines`) whose cells satisfy `isHeader`. */
export function findHeader(
  lines: readonly string[],
  isHeader: (cells: string[]) => boolean,
  maxLines = 40,
): { index: number; delimiter: Delimiter; cells: string[] } | null {
  for (let i = 0; i < Math.min(lines.length, maxLines); i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    for (const d of [guessDelimiter(line), ...DELIMITERS]) {
      const cells = splitLine(line, d);
      if (isHeader(cells)) return { index: i, delimiter: d, cells };
    }
  }
  return null;
}
