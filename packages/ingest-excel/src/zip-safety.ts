import yauzl from 'yauzl';
import { centralDirectory } from './central-directory';
import { EXCEL_CODES, ExcelRefusal } from './errors';
import { isMacroEntry, isPackageIndex } from './macro-bytes';

/** Limits checked from the zip's central directory before any parser inflates a byte. */
export interface ZipLimits {
  /** Sum of the declared uncompressed sizes (default 512 MiB: a 200,000 × 10 sheet is ~60 MiB). */
  maxUncompressedBytes: number;
  /** Number of entries (default 10,000; a normal workbook has 10 to 100). */
  maxEntries: number;
  /**
   * Real inflated bytes of a workbook read whole into memory (the form layout; default 64 MiB: a
   * form is one unit's sheet, and exceljs's in-memory model takes ~15× the XML).
   */
  maxInMemoryBytes?: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUncompressedBytes: 512 * 1024 * 1024, maxEntries: 10_000 };
export const DEFAULT_IN_MEMORY_BYTES = 64 * 1024 * 1024;

export interface ZipInventory {
  entries: number;
  uncompressedBytes: number;
  names: string[];
}

/**
 * Lists the central directory of a zip (a path, or the bytes already read); throws ExcelRefusal
 * when over a limit or unreadable. Nothing is inflated.
 */
export async function inspectZip(source: string | Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipInventory> {
  const inMemory = typeof source === 'string' ? null : centralDirectory(source, limits);
  if (inMemory) return inMemory;
  const zip = await openZip(source);
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new ExcelRefusal(EXCEL_CODES.TOO_MANY_ENTRIES, `${zip.entryCount} thành phần, tối đa ${limits.maxEntries}`);
    }
    const inventory: ZipInventory = { entries: zip.entryCount, uncompressedBytes: 0, names: [] };
    for await (const entry of entries(zip)) {
      inventory.uncompressedBytes += entry.uncompressedSize;
      inventory.names.push(entry.fileName);
      if (inventory.uncompressedBytes > limits.maxUncompressedBytes) {
        const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
        throw new ExcelRefusal(EXCEL_CODES.TOO_LARGE, `hơn ${mib(limits.maxUncompressedBytes)}`);
      }
    }
    return inventory;
  } finally {
    zip.close();
  }
}

export function openZip(source: string | Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, zip?: yauzl.ZipFile) => {
      if (error && typeof (error as NodeJS.ErrnoException).syscall === 'string') reject(error);
      else if (error || !zip) reject(new ExcelRefusal(EXCEL_CODES.CORRUPT, error?.message ?? 'không mở được', { cause: error }));
      else resolve(zip);
    };
    const options = { lazyEntries: true, autoClose: false };
    if (typeof source === 'string') yauzl.open(source, options, done);
    else yauzl.fromBuffer(source, options, done);
  });
}

export async function* entries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  for (;;) {
    const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      const cleanup = () => zip.removeAllListeners('entry').removeAllListeners('end').removeAllListeners('error');
      zip.once('entry', (e: yauzl.Entry) => (cleanup(), resolve(e)));
      zip.once('end', () => (cleanup(), resolve(null)));
      zip.once('error', (err: Error) => (cleanup(), reject(new ExcelRefusal(EXCEL_CODES.CORRUPT, err.message, { cause: err }))));
      zip.readEntry();
    });
    if (!entry) return;
    yield entry;
  }
}

/**
 * Macro content by bytes in a zip on disk (see macro-bytes.ts): the first block of every entry,
 * the whole of the package indexes and of embedded OLE objects. yauzl inflates, and refuses an
 * entry that inflates past its declared size.
 */
export async function hasMacroContent(path: string): Promise<boolean> {
  const zip = await openZip(path);
  try {
    for await (const entry of entries(zip)) {
      if (entry.fileName.endsWith('/')) continue;
      const whole = isPackageIndex(entry.fileName) || entry.fileName.startsWith('xl/embeddings/');
      if (isMacroEntry(entry.fileName, await readEntry(zip, entry, whole))) return true;
    }
    return false;
  } finally {
    zip.close();
  }
}

/** The entry's first block, or all of it (indexes and embedded objects: small, and bounded by the zip limits). */
async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, whole: boolean): Promise<Buffer> {
  const stream = await new Promise<NodeJS.ReadableStream & { destroy(): void }>((resolve, reject) =>
    zip.openReadStream(entry, (error, s) =>
      error || !s ? reject(new ExcelRefusal(EXCEL_CODES.CORRUPT, error?.message ?? entry.fileName, { cause: error })) : resolve(s),
    ),
  );
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      if (!whole) break;
    }
  } catch (error: unknown) {
    throw new ExcelRefusal(EXCEL_CODES.TOO_LARGE, `thành phần ${entry.fileName}: ${(error as Error).message}`, { cause: error });
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

/** A macro project inside the package by its name (xlsm, or an xlsx renamed from one). */
export function hasMacros(inventory: ZipInventory): boolean {
  return inventory.names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n) || (/\.bin$/i.test(n) && /vba/i.test(n)));
}

/** Links to other workbooks: never followed (exceljs does not fetch them); reported as a warning. */
export function hasExternalLinks(inventory: ZipInventory): boolean {
  return inventory.names.some((n) => n.startsWith('xl/externalLinks/'));
}
