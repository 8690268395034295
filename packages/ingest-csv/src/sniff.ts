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
  const decoded = new TextDecoder(encoding.encoding, { ignoreBOM: true }).decode(head.subarray(encoding.bomLength));
  if (/[\x01-\x08\x0e-\x1a]/.test(decoded)) return null;
  // A few NULs in otherwise plain text: a damaged CSV, detected as one so that reading it names
  // the line of the first NUL (decode.ts); many are binary noise.
  const nuls = countOf(decoded, '\0');
  if (nuls > 16 && nuls > decoded.length / 100) return null;
  const text = nuls > 0 ? decoded.replaceAll('\0', '') : decoded;
  const newline = firstNewline(text);
  const lines = text.split(newline);
  if (cut && lines.length > 1) lines.pop();
  return { encoding, newline, lines };
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * The line break of the first line that ends outside double quotes: an LF file whose one quoted
 * field holds a CRLF (pasted from Excel) is still an LF file. LF when the head has no break.
 */
export function firstNewline(text: string): Newline {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34)
      quoted = !quoted; // an escaped "" toggles twice
    else if (!quoted && ch === 10) return '\n';
    else if (!quoted && ch === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
  }
  return text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : text.includes('\r') ? '\r' : '\n';
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
