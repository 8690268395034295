import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPeriodPhrase } from '@tonghop/core';
import { makeIngestFile } from '@tonghop/ingest-contract';
import { readAll } from '@tonghop/ingest-contract/testing';
import { storedZip } from '../../../fixtures/excel/_zip';
import { excelForm, excelTable, inspectZip } from '../src/index';
import { sniffKind } from '../src/sniff-head';
import { FIXTURES } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'ingest-excel-'));
const write = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const text = (name: string, s: string) => ({ name, data: Buffer.from(s) });

describe('what the first bytes say', () => {
  it('tells an OpenDocument spreadsheet by its mimetype entry, and refuses it', async () => {
    const path = write(
      'bang.ods',
      storedZip([text('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'), text('content.xml', '<x/>')]),
    );
    const file = await makeIngestFile(path);
    expect(sniffKind(file.head).kind).toBe('ods');
    expect(await excelForm().detect(file)).toBeGreaterThanOrEqual(0.5);
    expect(await excelTable().detect(file)).toBe(0);
    const [draft] = await readAll(excelForm(), file);
    expect(draft!.errors.map((e) => e.code)).toEqual(['EXCEL_ODS']);
    expect(draft!.errors[0]!.message).toContain('.ods');
  });

  it('refuses a macro project even in a file named .xlsx whose content type hides it', async () => {
    const path = write(
      'an-macro.xlsx',
      storedZip([text('[Content_Types].xml', '<Types/>'), text('xl/workbook.xml', '<workbook/>'), text('xl/vbaProject.bin', 'x')]),
    );
    const [draft] = await readAll(excelForm(), await makeIngestFile(path));
    expect(draft!.errors.map((e) => e.code)).toEqual(['EXCEL_MACRO']);
  });

  it('refuses a zip that is not a workbook', async () => {
    const path = write('other.xlsx', storedZip([text('readme.txt', 'hello')]));
    const [draft] = await readAll(excelForm(), await makeIngestFile(path));
    expect(draft!.errors.map((e) => e.code)).toEqual(['EXCEL_NOT_XLSX']);
  });
});

describe('zip limits from the central directory', () => {
  const input = join(FIXTURES, 'form-by-code', 'input.xlsx');

  it('counts the entries and their uncompressed size', async () => {
    const inv = await inspectZip(input);
    expect(inv.names).toContain('xl/workbook.xml');
    expect(inv.uncompressedBytes).toBeGreaterThan(0);
  });

  it('reads the same central directory from memory as yauzl does from the file', async () => {
    for (const name of ['form-by-code', 'table-by-code', 'form-several-sheets']) {
      const path = join(FIXTURES, name, 'input.xlsx');
      expect(await inspectZip(readFileSync(path))).toEqual(await inspectZip(path));
    }
    const many = readFileSync(join(FIXTURES, 'refuse-many-entries', 'input.xlsx'));
    await expect(inspectZip(many)).rejects.toMatchObject({ code: 'EXCEL_TOO_MANY_ENTRIES' });
    await expect(inspectZip(many.subarray(0, many.length - 30))).rejects.toMatchObject({ code: 'EXCEL_CORRUPT' });
  });

  it('refuses a workbook over the size limit before parsing it', async () => {
    const plugin = excelForm({ limits: { maxUncompressedBytes: 1000, maxEntries: 10_000 } });
    const [draft] = await readAll(plugin, await makeIngestFile(input));
    expect(draft!.errors.map((e) => e.code)).toEqual(['EXCEL_TOO_LARGE']);
  });

  it('refuses a workbook over the entry limit', async () => {
    const plugin = excelTable({ limits: { maxUncompressedBytes: 1e9, maxEntries: 3 } });
    const [draft] = await readAll(plugin, await makeIngestFile(join(FIXTURES, 'table-by-code', 'input.xlsx')));
    expect(draft!.errors.map((e) => e.code)).toEqual(['EXCEL_TOO_MANY_ENTRIES']);
  });
});

describe('period phrases in title lines', () => {
  it.each([
    ['BÁO CÁO Kết quả thực hiện QCDC 6 tháng đầu năm 2022', '6 tháng đầu năm 2022'],
    ['TỔNG HỢP QUÝ I/2023', 'QUÝ I/2023'],
    ['Báo cáo quý 1 năm 2023 của xã', 'quý 1 năm 2023'],
    ['Số liệu tháng 3/2023', 'tháng 3/2023'],
    ['Sơ kết giai đoạn 2017 - 2022', 'giai đoạn 2017 - 2022'],
    ['Báo cáo năm 2021', 'năm 2021'],
    ['Bảng số liệu', null],
  ])('%s → %s', (title, phrase) => {
    expect(findPeriodPhrase(title)).toBe(phrase);
  });
});
