import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeIngestFile } from '@tonghop/ingest-contract';
import { readAll } from '@tonghop/ingest-contract/testing';
import { hiddenVba, lyingBomb, partsOf, storedPart, writeZip } from '../../../fixtures/excel/_hostile-zip';
import { excelForm, excelTable } from '../src/index';
import { FIXTURES } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'ingest-excel-hostile-'));
const write = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return makeIngestFile(path);
};
const form = readFileSync(join(FIXTURES, 'form-by-code', 'input.xlsx'));
const table = readFileSync(join(FIXTURES, 'table-by-code', 'input.xlsx'));
const codes = async (plugin: ReturnType<typeof excelForm>, file: Awaited<ReturnType<typeof write>>) =>
  (await readAll(plugin, file)).flatMap((d) => d.errors.map((e) => e.code));

describe('a "lying" zip bomb: the directory declares a few KB, the sheet inflates to far more (issue 12 item 2)', () => {
  it('the form path (read whole) counts real inflated bytes and refuses past the declared size', async () => {
    const file = await write('bomb-form.xlsx', lyingBomb(form, 16));
    // The plugin loads its readers on first read: load them before measuring.
    await readAll(excelForm(), await write('warm-up.xlsx', form));
    const heapBefore = process.memoryUsage().heapUsed;
    const [draft] = await readAll(excelForm(), file);
    expect(draft!.errors.map((e) => e.code)).toEqual(['EXCEL_TOO_LARGE']);
    expect(draft!.errors[0]!.message).toMatch(/giải nén ra nhiều hơn kích thước khai báo .* \(tệp bomb-form\.xlsx\)/);
    // Stopped after the declared bytes: nowhere near the 16 MiB inside.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(8 * 1024 * 1024);
  });

  it('the table path (streamed by yauzl) refuses it too', async () => {
    const file = await write('bomb-table.xlsx', lyingBomb(table, 16));
    const found = await codes(excelTable(), file);
    expect(found).toEqual(['EXCEL_TOO_LARGE']);
  });

  it('an honest entry bigger than the in-memory cap is refused by its real size on the form path', async () => {
    const parts = partsOf(form);
    parts.push(storedPart('xl/media/big.bin', Buffer.alloc(300_000, 1)));
    const file = await write('honest-big.xlsx', writeZip(parts));
    const plugin = excelForm({ limits: { maxUncompressedBytes: 1e9, maxEntries: 100, maxInMemoryBytes: 200_000 } });
    const [draft] = await readAll(plugin, file);
    expect(draft!.errors.map((e) => e.code)).toEqual(['EXCEL_TOO_LARGE']);
  });

  it('the unchanged workbook rebuilt by the same writer still reads (the check refuses only lies)', async () => {
    const file = await write('rebuilt.xlsx', writeZip(partsOf(form)));
    const drafts = await readAll(excelForm(), file);
    expect(drafts[0]!.errors).toEqual([]);
    expect(drafts[0]!.facts.length).toBeGreaterThan(0);
  });
});

describe('a VBA project under another name (issue 12 item 4)', () => {
  it.each([
    ['xl/media/image1.dat', 'form'],
    ['xl/media/image1.dat', 'table'],
    ['customXml/item9.bin', 'form'],
  ])('an OLE file stored as %s is a macro on the %s path', async (name, path) => {
    const bytes = hiddenVba(path === 'form' ? form : table, name);
    const file = await write(`hidden-${path}.xlsx`, bytes);
    const plugin = path === 'form' ? excelForm() : excelTable();
    expect(await codes(plugin, file)).toEqual(['EXCEL_MACRO']);
  });

  it('a content type naming a vbaProject part is a macro even when the part is gone', async () => {
    const parts = partsOf(form);
    const types = parts.find((p) => p.name === '[Content_Types].xml')!;
    const text = readFileSyncText(types);
    parts[parts.indexOf(types)] = storedPart(
      types.name,
      Buffer.from(text.replace('</Types>', '<Override PartName="/xl/x.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')),
    );
    const file = await write('types-vba.xlsx', writeZip(parts));
    expect(await codes(excelForm(), file)).toEqual(['EXCEL_MACRO']);
  });
});

function readFileSyncText(part: ReturnType<typeof partsOf>[number]): string {
  return inflateRawSync(part.data).toString('utf8');
}
