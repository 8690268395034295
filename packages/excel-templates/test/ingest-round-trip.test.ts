import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseUnitsCsvRows } from '@tonghop/core';
import { collect, createRegistry, ingestPaths } from '@tonghop/ingest';
import { excelForm, excelTable } from '@tonghop/ingest-excel';
import { openWarehouse, type Warehouse } from '@tonghop/warehouse';
import { afterEach, describe, expect, it } from 'vitest';
import { generateFormTemplate, generateTableTemplate } from '../src/index';
import { loadBuffer, saveWorkbook } from './fill';

const UNITS_CSV = fileURLToPath(new URL('../../../fixtures/units/demo-units.csv', import.meta.url));
const NOW = new Date('2026-01-15T03:00:00Z');

/** Demo units (simple CSV: quoted fields hold no quotes or commas). */
function demoUnits() {
  const rows = readFileSync(UNITS_CSV, 'utf8')
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].slice(0, -1).map((m) => m[2] ?? m[1] ?? ''));
  return parseUnitsCsvRows(rows).units;
}

let warehouse: Warehouse | null = null;
afterEach(async () => {
  await warehouse?.close();
  warehouse = null;
});

async function ingest(path: string) {
  warehouse = await openWarehouse({
    path: ':memory:',
    blobDir: join(mkdtempSync(join(tmpdir(), 'tpl-ingest-')), 'blobs'),
    clock: () => NOW,
  });
  await warehouse.importUnits(demoUnits(), 'test');
  const plugins = createRegistry([excelForm(), excelTable()]);
  const results = await collect(ingestPaths([path], { warehouse, plugins, actor: 'test', clock: () => NOW }));
  const facts = await warehouse.query<{
    unit_code: string;
    indicator: string;
    option: string | null;
    num_value: number | null;
    bool_value: boolean | null;
    text_value: string | null;
    source_cell: string;
  }>('select unit_code, indicator, option, num_value, bool_value, text_value, source_cell from facts order by unit_code, source_cell');
  return { results, facts };
}

/** Values that satisfy rules R01–R07, by indicator code. */
const XA_VALUES: Record<string, string | number> = {
  TCD_LUOT: 5,
  TCD_NGUOI: 6,
  DON_KHIEU_NAI: 1,
  DON_TO_CAO: 0,
  DON_KIEN_NGHI: 2,
  DON_TONG: 3,
  DON_DA_GQ: 2,
  DON_DANG_GQ: 1,
  TTHC_TIEP_NHAN: 10,
  TTHC_DA_GQ: 7,
  TTHC_DUNG_HAN: 6,
  TTHC_QUA_HAN: 1,
  TTHC_CHUA_GQ: 2,
  TTHC_KHONG_DU_DK: 1,
  XEP_LOAI: 'Hoàn thành tốt nhiệm vụ',
  XA_MOT_CUA: 'Có',
  XA_CONG_KHAI: 'Không',
  XA_THON_TONG: 10,
  XA_THON_HUONG_UOC: 8,
  XA_DOI_THOAI: 3,
  XA_HOA_GIAI_VU: 4,
  XA_HOA_GIAI_THANH: 3,
  NX_HAN_CHE: 'Thiếu kinh phí',
};

describe('template → fill → tonghop ingest → the same facts in DuckDB', () => {
  it('layout 1, form XA', async () => {
    const wb = await loadBuffer(await generateFormTemplate({ form: 'XA', unit: { code: '24931', name: 'Xã Rô Men' }, period: '2022' }));
    const ws = wb.worksheets[0]!;
    const expected: { indicator: string; cell: string; value: string | number }[] = [];
    ws.eachRow((row, n) => {
      const value = XA_VALUES[String(row.getCell(2).value)];
      if (n <= 9 || value === undefined) return;
      row.getCell(5).value = value;
      expected.push({ indicator: String(row.getCell(2).value), cell: `E${n}`, value });
    });
    const { results, facts } = await ingest(await saveWorkbook(wb, 'ingest-xa.xlsx'));
    expect(results.map((r) => [r.status, r.unit, r.period, r.form, r.facts, r.errors])).toEqual([
      ['accepted', '24931', '2022', 'XA', expected.length, []],
    ]);
    const stored = facts.map((f) => ({ indicator: f.indicator, cell: f.source_cell, value: f.num_value ?? f.bool_value ?? f.text_value }));
    const want = expected.map((e) => ({
      indicator: e.indicator,
      cell: e.cell,
      value: e.value === 'Có' ? true : e.value === 'Không' ? false : e.indicator === 'XEP_LOAI' ? 'HTTNV' : e.value,
    }));
    const byCell = (a: { cell: string }, b: { cell: string }) => a.cell.localeCompare(b.cell, 'en', { numeric: true });
    expect(stored.sort(byCell)).toEqual(want.sort(byCell));
  });

  it('layout 2, form MT with option columns', async () => {
    const front = { code: 'MT679', name: 'Ủy ban MTTQ Việt Nam huyện Đam Rông' };
    const wb = await loadBuffer(
      await generateTableTemplate({ form: 'MT', parent: { code: '679', name: 'Huyện Đam Rông' }, units: [front], period: '2022S1' }),
    );
    const ws = wb.worksheets[0]!;
    // Seed report: giám sát 13 = 4 + 1 + 2 + 2 + 2 + 2 (D..J), then the other indicators' totals and options left empty.
    [13, 4, 1, 2, 2, 2, 2].forEach((v, i) => (ws.getCell(8, 4 + i).value = v));
    const { results, facts } = await ingest(await saveWorkbook(wb, 'ingest-mt.xlsx'));
    expect(results.map((r) => [r.status, r.unit, r.period, r.form, r.facts])).toEqual([['accepted', 'MT679', '2022S1', 'MT', 7]]);
    expect(facts.map((f) => [f.indicator, f.option, f.num_value, f.source_cell])).toEqual([
      ['MT_GIAM_SAT', null, 13, 'D8'],
      ['MT_GIAM_SAT', 'MTTQ', 4, 'E8'],
      ['MT_GIAM_SAT', 'CCB', 1, 'F8'],
      ['MT_GIAM_SAT', 'HND', 2, 'G8'],
      ['MT_GIAM_SAT', 'LDLD', 2, 'H8'],
      ['MT_GIAM_SAT', 'HLHPN', 2, 'I8'],
      ['MT_GIAM_SAT', 'DTN', 2, 'J8'],
    ]);
  });
});
