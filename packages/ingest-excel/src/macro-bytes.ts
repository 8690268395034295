/**
 * Macro content recognised by its bytes, whatever the entry is called: a VBA project is an OLE
 * compound file (signature D0 CF 11 E0 A1 B1 1A E1), and the package's content types and
 * relationships name it (`vbaProject`). Embedded OLE objects (xl/embeddings/) are allowed unless
 * they hold a VBA storage themselves.
 */
export const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const VBA_UTF16 = Buffer.from('VBA', 'utf16le');
const VBA_PROJECT = Buffer.from('vbaproject', 'latin1');

/** Entries whose whole text is searched for a `vbaProject` part or relationship. */
export function isPackageIndex(name: string): boolean {
  return name === '[Content_Types].xml' || name.endsWith('.rels');
}

/** Whether the first bytes of an entry are an OLE compound file. */
export function isOle(head: Buffer): boolean {
  return head.length >= 8 && head.subarray(0, 8).equals(OLE_SIGNATURE);
}

/**
 * Whether an entry (its bytes as far as known; the whole entry for indexes and OLE objects) is
 * macro content: an OLE file outside xl/embeddings, an embedded OLE file with a VBA storage, or
 * an index naming a vbaProject part.
 */
export function isMacroEntry(name: string, bytes: Buffer): boolean {
  if (isOle(bytes)) return !name.startsWith('xl/embeddings/') || bytes.includes(VBA_UTF16);
  if (isPackageIndex(name)) return Buffer.from(bytes.toString('latin1').toLowerCase(), 'latin1').includes(VBA_PROJECT);
  return false;
}
