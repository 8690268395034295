import yauzl from 'yauzl';
import { centralDirectory } from './central-directory';
import { EXCEL_CODES, ExcelRefusal } from './errors';

/** Limits checked from the zip's central directory before any parser inflates a byte. */
export interface ZipLimits {
  /** Sum of the declared uncompressed sizes (default 512 MiB: a 200,000 × 10 sheet is ~60 MiB). */
  maxUncompressedBytes: number;
  /** Number of entries (default 10,000; a normal workbook has 10 to 100). */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUncompressedBytes: 512 * 1024 * 1024, maxEntries: 10_000 };

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

/** A macro project inside the package (xlsm, or an xlsx renamed from one). */
export function hasMacros(inventory: ZipInventory): boolean {
  return inventory.names.some((n) => /(^|\/)vbaProject\.bin$/i.test(n) || (/\.bin$/i.test(n) && /vba/i.test(n)));
}

/** Links to other workbooks: never followed (exceljs does not fetch them); reported as a warning. */
export function hasExternalLinks(inventory: ZipInventory): boolean {
  return inventory.names.some((n) => n.startsWith('xl/externalLinks/'));
}
