import { constants, inflateRawSync } from 'node:zlib';

/** What the first bytes of a file say it is. */
export type HeadKind = 'xlsx' | 'xlsm' | 'xls' | 'ods' | 'zip' | 'other';

export interface HeadEntry {
  name: string;
  /** The entry's bytes as far as the head holds them, inflated (possibly cut short). */
  data: Buffer;
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const LOCAL_HEADER = 0x04034b50;
const LOCAL_SIG = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The entries whose content detection reads; others (styles, theme, rels) are listed but not inflated. */
const WANTED = /^(?:mimetype|\[Content_Types\]\.xml|xl\/sharedStrings\.xml|xl\/worksheets\/[^/]+\.xml)$/;

/** The zip entries whose local headers lie inside `head`, the wanted ones inflated as far as the head goes. */
export function headEntries(head: Uint8Array): HeadEntry[] {
  const buf = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  const entries: HeadEntry[] = [];
  let at = 0;
  while (at + 30 <= buf.length && buf.readUInt32LE(at) === LOCAL_HEADER) {
    const method = buf.readUInt16LE(at + 8);
    const compressed = buf.readUInt32LE(at + 18);
    const nameLength = buf.readUInt16LE(at + 26);
    const extraLength = buf.readUInt16LE(at + 28);
    const name = buf.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extraLength;
    const next = compressed > 0 ? start + compressed : nextSignature(buf, start);
    const raw = buf.subarray(Math.min(start, buf.length), Math.min(next, buf.length));
    const wanted = WANTED.test(name);
    entries.push({ name, data: !wanted ? Buffer.alloc(0) : method === 8 ? inflatePartial(raw) : raw });
    if (next >= buf.length) break;
    at = buf.readUInt32LE(next) === LOCAL_HEADER ? next : nextSignature(buf, next);
  }
  return entries;
}

function nextSignature(buf: Buffer, from: number): number {
  const found = buf.indexOf(LOCAL_SIG, from);
  return found < 0 ? buf.length : found;
}

function inflatePartial(raw: Buffer): Buffer {
  if (raw.length === 0) return raw;
  try {
    // 64 KiB of ordinary XML inflates to well under 1 MiB; a bomb's head would give 64 MiB.
    return inflateRawSync(raw, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 8 * 1024 * 1024 });
  } catch (error: unknown) {
    // A damaged, cut or bomb-like deflate stream tells nothing about the layout; read() reports it.
    void error;
    return Buffer.alloc(0);
  }
}

/** The kind of file, from its first bytes only. */
export function sniffKind(head: Uint8Array): { kind: HeadKind; entries: HeadEntry[] } {
  const buf = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (buf.subarray(0, 8).equals(CFB_MAGIC)) return { kind: 'xls', entries: [] };
  if (buf.length < 4 || !buf.subarray(0, 4).equals(LOCAL_SIG)) return { kind: 'other', entries: [] };
  const entries = headEntries(head);
  const first = entries[0];
  if (first?.name === 'mimetype' && first.data.toString('latin1').includes('opendocument')) return { kind: 'ods', entries };
  const macro = entries.some(
    (e) => /vbaProject\.bin$/i.test(e.name) || (e.name === '[Content_Types].xml' && /macroEnabled/i.test(e.data.toString('utf8'))),
  );
  if (macro) return { kind: 'xlsm', entries };
  const ooxml = entries.some((e) => e.name === '[Content_Types].xml' || e.name.startsWith('xl/'));
  return { kind: ooxml ? 'xlsx' : 'zip', entries };
}
