/**
 * The summary workbook as it is printed: A4 landscape, fitted to the page width (never squeezed
 * onto one page) or, for the wide form sheets, at a readable scale with the unit columns and the
 * header rows repeated on every page; indicator codes not printed. Read back with exceljs from
 * both writers, then (when LibreOffice is installed) printed to PDF and read page by page.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Warehouse } from '@tonghop/warehouse';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstPageColumns } from '../src/cells';
import { exportSummaryWorkbook, SHEET_COMMENTS, SHEET_MISSING, SHEET_OVERVIEW, writeSummaryWorkbook } from '../src/index';
import { NATION } from '../src/words';
import { loadDistrict } from './district';
import { openWorld, run } from './world';

const clock = () => new Date('2026-11-22T02:30:00Z');
const FITTED = [SHEET_OVERVIEW, SHEET_MISSING, SHEET_COMMENTS];
let wh: Warehouse;
let dir: string;
let streamedFile: string;
const books: Record<string, ExcelJS.Workbook> = {};

beforeAll(async () => {
  wh = await openWorld();
  await loadDistrict(wh);
  await run(wh);
  dir = await mkdtemp(join(tmpdir(), 'tonghop-print-'));
  const memory = new ExcelJS.Workbook();
  await memory.xlsx.load((await exportSummaryWorkbook(wh, { unit: '679', period: '2022S1', clock })) as unknown as ArrayBuffer);
  books.memory = memory;
  streamedFile = join(dir, 'tong-hop.xlsx');
  await writeSummaryWorkbook(wh, { unit: '679', period: '2022S1', clock }, createWriteStream(streamedFile));
  const streamed = new ExcelJS.Workbook();
  await streamed.xlsx.readFile(streamedFile);
  books.streamed = streamed;
});
afterAll(async () => wh.close());

describe.each(['memory', 'streamed'])('print settings (%s writer)', (kind) => {
  const sheets = () => (books[kind] as ExcelJS.Workbook).worksheets;

  it('every sheet: A4 landscape, page numbers in the footer', () => {
    for (const ws of sheets()) {
      expect([ws.name, ws.pageSetup.paperSize, ws.pageSetup.orientation]).toEqual([ws.name, 9, 'landscape']);
      expect(ws.headerFooter.oddFooter).toContain('Trang &P/&N');
    }
  });

  it('tables are fitted to the page width, as many pages tall as needed; form sheets at 75 % with columns A:C repeated', () => {
    for (const ws of sheets()) {
      if (FITTED.includes(ws.name)) {
        expect([ws.name, ws.pageSetup.fitToPage, ws.pageSetup.fitToWidth, ws.pageSetup.fitToHeight]).toEqual([ws.name, true, 1, 0]);
      } else {
        expect([ws.name, ws.pageSetup.fitToPage ?? false, ws.pageSetup.scale, ws.pageSetup.printTitlesColumn]).toEqual([
          ws.name,
          false,
          75,
          'A:C',
        ]);
      }
    }
  });

  it("the table's header rows are repeated on every page", () => {
    for (const ws of sheets()) {
      const [from, to] = (ws.pageSetup.printTitlesRow ?? '').split(':').map(Number);
      expect(from, ws.name).toBeGreaterThan(8);
      expect(ws.getRow(from as number).getCell(1).value).toBe('STT');
      if (!FITTED.includes(ws.name)) expect([ws.name, to]).toEqual([ws.name, (from as number) + 1]);
    }
  });

  it('indicator codes are kept for machines but not printed: a hidden column, a hidden row', () => {
    const overview = sheets().find((w) => w.name === SHEET_OVERVIEW) as ExcelJS.Worksheet;
    expect(overview.getColumn(2).hidden).toBe(true);
    for (const ws of sheets().filter((w) => w.name.startsWith('Biểu '))) {
      const codes = ws.getRow(11);
      expect([ws.name, codes.hidden]).toEqual([ws.name, true]);
      expect(String(codes.getCell(5).value)).toMatch(/^[A-Z][A-Z0-9_.]+$/);
    }
  });

  it('the heading of a form sheet lies within the columns of its first page; columns fit their labels', () => {
    for (const ws of sheets().filter((w) => w.name.startsWith('Biểu '))) {
      const widths = (ws.columns ?? []).map((c) => c.width ?? 9);
      const fit = firstPageColumns(widths, 75);
      const merges = ws.model.merges.filter((m) => /^[A-Z]+1:/.test(m));
      const last = Math.max(...merges.map((m) => ws.getCell(m.split(':')[1] as string).fullAddress.col));
      expect([ws.name, last <= fit]).toEqual([ws.name, true]);
      // The title row is tall enough for every one-column title (merged down over the second
      // header row), wrapped at its column's width.
      const top = ws.getRow(9);
      for (let c = 5; c <= ws.columnCount; c += 1) {
        if (ws.getCell(10, c).master.address !== ws.getCell(9, c).address) continue;
        const lines = Math.ceil(String(top.getCell(c).value).length / ((ws.getColumn(c).width ?? 9) - 2));
        expect([ws.name, c, (top.height ?? 15) >= lines * 15]).toEqual([ws.name, c, true]);
      }
    }
  });
});

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const pdftotext = existsSync('/usr/bin/pdftotext') ? '/usr/bin/pdftotext' : undefined;
if (!soffice || !pdftotext)
  console.warn('SKIPPED: LibreOffice (soffice) or pdftotext is not installed; the printed pages are not checked.');

describe.skipIf(!soffice || !pdftotext)('printed with LibreOffice', () => {
  it('every page has the table header; the first page of each sheet the state heading; no indicator code is printed', async () => {
    const out = spawnSync(soffice as string, ['--headless', '--convert-to', 'pdf', '--outdir', dir, streamedFile], {
      encoding: 'utf8',
      timeout: 170_000,
      env: { ...process.env, HOME: dir },
    });
    expect(out.status, out.stderr).toBe(0);
    const pdf = join(dir, 'tong-hop.pdf');
    const text = spawnSync(pdftotext as string, ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(7);
    for (const page of pages) expect(page).toContain('STT');
    expect(pages.filter((p) => p.includes(NATION)).length).toBe(7);
    expect(text).not.toMatch(/\b(TCD_LUOT|XA_MOT_CUA|DON_TONG)\b/);
    expect(text).toContain('NGƯỜI LẬP BIỂU');
    expect(await readFile(pdf)).toBeTruthy();
  }, 180_000);
});
