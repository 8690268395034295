import { inflateRawSync } from 'node:zlib';
import { centralRecords, type ZipRecord } from './central-directory';
import { EXCEL_CODES, ExcelRefusal } from './errors';
import { isMacroEntry } from './macro-bytes';
import { entries, openZip, type ZipLimits } from './zip-safety';

const LOCAL = 0x04034b50;
const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * Inflates every entry of a zip held in memory and counts the bytes that really come out, never
 * trusting the sizes the zip declares: an entry that inflates to more than it declares (a "lying"
 * zip bomb: 5,716 bytes declared, 4 GiB inside) is refused as soon as it passes its declared size,
 * and the whole as soon as the real total passes `cap`. At most one entry's declared size is held
 * at a time (zlib's `maxOutputLength`), so a refused file costs little memory. Returns the real total.
 */
export async function inflatedBytes(buf: Buffer, limits: ZipLimits, cap: number): Promise<number> {
  const parsed = centralRecords(buf, limits);
  if (!parsed) return inflatedBytesStreamed(buf, cap);
  let total = 0;
  for (const record of parsed.records) {
    const out = inflateEntry(buf, record, cap - total);
    if (isMacroEntry(record.name, out)) throw new ExcelRefusal(EXCEL_CODES.MACRO);
    total += out.length;
    if (total > cap) throw tooLarge(cap);
  }
  return total;
}

function inflateEntry(buf: Buffer, r: ZipRecord, room: number): Buffer {
  if (r.localOffset + 30 > buf.length || buf.readUInt32LE(r.localOffset) !== LOCAL) {
    throw new ExcelRefusal(EXCEL_CODES.CORRUPT, `thành phần ${r.name} nằm ngoài tệp`);
  }
  const start = r.localOffset + 30 + buf.readUInt16LE(r.localOffset + 26) + buf.readUInt16LE(r.localOffset + 28);
  if (start + r.compressedSize > buf.length) throw new ExcelRefusal(EXCEL_CODES.CORRUPT, `thành phần ${r.name} bị cắt cụt`);
  const data = buf.subarray(start, start + r.compressedSize);
  if (r.method === 0) {
    if (r.compressedSize !== r.uncompressedSize) throw lying(r);
    return data;
  }
  if (r.method !== 8) throw new ExcelRefusal(EXCEL_CODES.CORRUPT, `thành phần ${r.name} nén theo cách không hỗ trợ (${r.method})`);
  if (r.uncompressedSize > room) throw tooLarge(room);
  try {
    // One byte more than declared is allowed out, so that "more than declared" can be seen.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, r.uncompressedSize + 1) });
    if (out.length > r.uncompressedSize) throw lying(r);
    if (out.length < r.uncompressedSize) throw new ExcelRefusal(EXCEL_CODES.CORRUPT, `thành phần ${r.name} ngắn hơn kích thước khai báo`);
    return out;
  } catch (error: unknown) {
    if (error instanceof ExcelRefusal) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw lying(r);
    throw new ExcelRefusal(EXCEL_CODES.CORRUPT, `thành phần ${r.name} không giải nén được`, { cause: error });
  }
}

/** Zip64 in memory: yauzl inflates each entry and itself refuses one that passes its declared size. */
async function inflatedBytesStreamed(buf: Buffer, cap: number): Promise<number> {
  const zip = await openZip(buf);
  let total = 0;
  try {
    for await (const entry of entries(zip)) {
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
        zip.openReadStream(entry, (error, s) => (error || !s ? reject(error ?? new Error(entry.fileName)) : resolve(s))),
      );
      let head: Buffer | null = null;
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        head ??= chunk;
        total += chunk.length;
        if (total > cap) {
          (stream as unknown as { destroy(): void }).destroy();
          throw tooLarge(cap);
        }
      }
      if (head && isMacroEntry(entry.fileName, head)) throw new ExcelRefusal(EXCEL_CODES.MACRO);
    }
  } catch (error: unknown) {
    if (error instanceof ExcelRefusal) throw error;
    throw new ExcelRefusal(EXCEL_CODES.TOO_LARGE, `kích thước thật khác kích thước khai báo: ${String(error)}`, { cause: error });
  } finally {
    zip.close();
  }
  return total;
}

function tooLarge(cap: number): ExcelRefusal {
  return new ExcelRefusal(EXCEL_CODES.TOO_LARGE, `hơn ${mib(cap)}`);
}

function lying(r: ZipRecord): ExcelRefusal {
  return new ExcelRefusal(
    EXCEL_CODES.TOO_LARGE,
    `thành phần ${r.name} giải nén ra nhiều hơn kích thước khai báo ${r.uncompressedSize} byte`,
  );
}
