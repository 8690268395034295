import { createReadStream } from 'node:fs';
import type { SniffedEncoding } from './encoding';

/** Why decoding stopped early: the physical line of the first undecodable byte. */
export interface DecodeFailure {
  /** `nul`: a NUL character (U+0000), which no text file holds: a damaged or binary file. */
  kind: 'not-utf8' | 'mixed' | 'bad-utf16' | 'nul';
  line: number;
}

export interface DecodeOptions {
  signal?: AbortSignal;
  /** Called after each block with the bytes read so far. */
  onBytes?: (bytes: number) => void;
  /** Set when the file holds bytes that are not valid in its encoding; decoding stops there. */
  failure: { value: DecodeFailure | null };
}

const BLOCK = 256 * 1024;
const REPLACEMENT = '\uFFFD';
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Streams a file as text, decoded by us (TextDecoder with `stream: true`), so multi-byte
 * characters split between blocks stay whole — papaparse's own decoding corrupts them.
 * The first U+FFFD means an invalid byte, the first U+0000 a NUL: decoding stops and `failure`
 * names its line.
 */
export async function* decodeFile(path: string, enc: SniffedEncoding, opts: DecodeOptions): AsyncGenerator<string> {
  const decoder = new TextDecoder(enc.encoding, { ignoreBOM: true });
  const stream = createReadStream(path, { start: enc.bomLength, highWaterMark: BLOCK, signal: opts.signal });
  let lines = 1;
  let bytes = enc.bomLength;
  let sawNonAscii = false;
  const check = (text: string): string | null => {
    const nul = text.indexOf('\0');
    const replaced = text.indexOf(REPLACEMENT);
    const bad = nul === -1 ? replaced : replaced === -1 ? nul : Math.min(nul, replaced);
    if (bad === -1) {
      if (!sawNonAscii) sawNonAscii = NON_ASCII.test(text);
      lines += countNewlines(text, text.length);
      return text;
    }
    const before = text.slice(0, bad);
    if (!sawNonAscii) sawNonAscii = NON_ASCII.test(before);
    const line = lines + countNewlines(text, bad);
    const kind = bad === nul ? 'nul' : enc.encoding !== 'utf-8' ? 'bad-utf16' : sawNonAscii ? 'mixed' : 'not-utf8';
    opts.failure.value = { kind, line };
    return null;
  };
  try {
    for await (const block of stream as AsyncIterable<Buffer>) {
      bytes += block.length;
      const text = check(decoder.decode(block, { stream: true }));
      if (text === null) return;
      opts.onBytes?.(bytes);
      if (text !== '') yield text;
    }
    const rest = check(decoder.decode());
    if (rest) yield rest;
  } finally {
    stream.destroy();
  }
}

/** Number of `\n` in `text` before `end`. */
export function countNewlines(text: string, end: number): number {
  let n = 0;
  let i = text.indexOf('\n');
  while (i !== -1 && i < end) {
    n++;
    i = text.indexOf('\n', i + 1);
  }
  return n;
}
