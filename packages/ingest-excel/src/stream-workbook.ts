import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type yauzl from 'yauzl';
import { EXCEL_CODES, ExcelRefusal } from './errors';
import { entries, openZip } from './zip-safety';

/** A worksheet being streamed: its name and its rows (exceljs rows, one at a time). */
export interface StreamedSheet {
  name: string;
  rows: AsyncIterable<ExcelJS.Row>;
}

/** The private parsing steps of exceljs 4.4.0's WorkbookReader that we drive in our own order. */
interface ReaderInternals {
  model?: { sheets?: { name: string; rId: string; state?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<{ eventType: string; value: unknown }>;
}

const OPTIONS = { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'ignore' } as const;

/**
 * Streams the worksheets of an xlsx row by row with exceljs's streaming parsers, reading the zip
 * through its central directory (yauzl) in a fixed order: relationships, workbook, shared
 * strings, styles, then each sheet in workbook order. exceljs's own single pass
 * (`unzip.Parse`) now and then loses the last entry — `xl/workbook.xml` in files exceljs writes
 * (exceljs issue #3064) — and then fails or names sheets wrongly. yauzl also checks every entry's
 * real size against the declared one while inflating. Merged cells are not seen.
 */
export async function* streamWorkbook(path: string): AsyncGenerator<StreamedSheet> {
  const zip = await openZip(path);
  try {
    const byName = new Map<string, yauzl.Entry>();
    for await (const entry of entries(zip)) byName.set(entry.fileName, entry);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, OPTIONS) as unknown as ReaderInternals;
    const open = (name: string) => {
      const entry = byName.get(name);
      return entry ? openEntry(zip, entry) : Promise.resolve(null);
    };
    const rels = await open('xl/_rels/workbook.xml.rels');
    if (rels) await reader._parseRels(rels);
    const workbook = await open('xl/workbook.xml');
    if (!workbook) throw new ExcelRefusal(EXCEL_CODES.NOT_XLSX);
    await reader._parseWorkbook(workbook);
    const strings = await open('xl/sharedStrings.xml');
    if (strings) for await (const ignored of reader._parseSharedStrings(strings)) void ignored;
    const styles = await open('xl/styles.xml');
    if (styles) await reader._parseStyles(styles);
    let index = 0;
    for (const sheet of reader.model?.sheets ?? []) {
      index += 1;
      const target = reader.workbookRels?.find((r) => r.Id === sheet.rId)?.Target ?? `worksheets/sheet${index}.xml`;
      const stream = await open(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
      if (!stream) continue;
      const sheetNo = /sheet(\d+)\.xml$/.exec(target)?.[1] ?? String(index);
      for (const event of reader._parseWorksheet(stream, sheetNo)) {
        if (event.eventType !== 'worksheet') continue;
        yield { name: sheet.name, rows: event.value as AsyncIterable<ExcelJS.Row> };
      }
    }
  } finally {
    zip.close();
  }
}

function openEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) reject(new ExcelRefusal(EXCEL_CODES.CORRUPT, error?.message ?? entry.fileName, { cause: error }));
      else resolve(stream);
    });
  });
}
