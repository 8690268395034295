import { EXCEL_CODES, ExcelRefusal } from './errors';
import type { ZipInventory, ZipLimits } from './zip-safety';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * The central directory of a zip held in memory, read synchronously (a small form workbook is
 * read whole anyway; yauzl's evented reader costs more than parsing it). Returns null for a
 * Zip64 archive, which `inspectZip` leaves to yauzl. Throws ExcelRefusal when over a limit or
 * malformed. Nothing is inflated.
 */
export function centralDirectory(buf: Buffer, limits: ZipLimits): ZipInventory | null {
  return centralRecords(buf, limits)?.inventory ?? null;
}

/** One entry as the central directory declares it: where its data starts and how it is stored. */
export interface ZipRecord {
  name: string;
  /** 0 stored, 8 deflate (the only two a workbook uses). */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/** The inventory and every entry's record; null for Zip64 (left to yauzl). */
export function centralRecords(buf: Buffer, limits: ZipLimits): { inventory: ZipInventory; records: ZipRecord[] } | null {
  const end = findEnd(buf);
  const entries = buf.readUInt16LE(end + 10);
  const size = buf.readUInt32LE(end + 12);
  const offset = buf.readUInt32LE(end + 16);
  if (entries === 0xffff || offset === 0xffffffff || size === 0xffffffff) return null;
  if (entries > limits.maxEntries) {
    throw new ExcelRefusal(EXCEL_CODES.TOO_MANY_ENTRIES, `${entries} thành phần, tối đa ${limits.maxEntries}`);
  }
  if (offset + size > end) throw new ExcelRefusal(EXCEL_CODES.CORRUPT, 'mục lục của tệp zip nằm ngoài tệp');
  const inventory: ZipInventory = { entries, uncompressedBytes: 0, names: [] };
  const records: ZipRecord[] = [];
  let at = offset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || buf.readUInt32LE(at) !== CENTRAL) throw new ExcelRefusal(EXCEL_CODES.CORRUPT, 'mục lục của tệp zip bị hỏng');
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const uncompressed = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const localOffset = buf.readUInt32LE(at + 42);
    if (uncompressed === 0xffffffff || compressed === 0xffffffff || localOffset === 0xffffffff) return null;
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    inventory.names.push(name);
    records.push({ name, method, compressedSize: compressed, uncompressedSize: uncompressed, localOffset });
    inventory.uncompressedBytes += uncompressed;
    if (inventory.uncompressedBytes > limits.maxUncompressedBytes) {
      throw new ExcelRefusal(EXCEL_CODES.TOO_LARGE, `hơn ${Math.round(limits.maxUncompressedBytes / 1024 / 1024)} MB`);
    }
    at += 46 + skip;
  }
  return { inventory, records };
}

/** The end-of-central-directory record: within the last 64 KiB + 22 bytes (the comment may precede it). */
function findEnd(buf: Buffer): number {
  for (let at = buf.length - 22; at >= Math.max(0, buf.length - 22 - 0xffff); at--) {
    if (buf.readUInt32LE(at) === EOCD) return at;
  }
  throw new ExcelRefusal(EXCEL_CODES.CORRUPT, 'không tìm thấy mục lục của tệp zip');
}
