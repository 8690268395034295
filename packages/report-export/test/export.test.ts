import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getCompleteness, getRollup, type Rollup } from '@tonghop/figures';
import type { Warehouse } from '@tonghop/warehouse';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportSummaryWorkbook,
  FORMAT,
  loadSummary,
  SHEET_COMMENTS,
  SHEET_MISSING,
  SHEET_OVERVIEW,
  TITLE,
  writeSummaryWorkbook,
} from '../src/index';
import { MOTTO, NATION, SIGN_HEAD, SIGN_PREPARER } from '../src/words';
import { INJECTIONS, loadDistrict, XA_INPUT } from './district';
import { unzip } from './unzip';
import { openWorld, run } from './world';

const clock = () => new Date('2026-11-22T02:30:00Z');
let wh: Warehouse;
let bytes: Buffer;
let wb: ExcelJS.Workbook;
let rollup: Rollup;

beforeAll(async () => {
  wh = await openWorld();
  await loadDistrict(wh);
  await run(wh);
  bytes = await exportSummaryWorkbook(wh, { unit: '679', period: '2022S1', clock });
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  rollup = await getRollup(wh, { unit: '679', period: '2022S1' });
});
afterAll(async () => wh.close());

function sheet(name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The first row whose cell in `column` holds `text`. */
function rowWith(ws: ExcelJS.Worksheet, column: number, text: string): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r += 1) if (ws.getRow(r).getCell(column).value === text) return ws.getRow(r);
  throw new Error(`no row with "${text}" in column ${column} of ${ws.name}`);
}

/** The column number whose cell in the (hidden) row of codes (row 11, under the two header rows) is `code`. */
function columnOf(ws: ExcelJS.Worksheet, code: string): number {
  const codes = ws.getRow(11);
  for (let c = 1; c <= ws.columnCount; c += 1) if (codes.getCell(c).value === code) return c;
  throw new Error(`no column ${code} in ${ws.name}`);
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const figure = (indicator: string, option: string | null = null) =>
  rollup.figures.find((f) => f.indicator === indicator && f.option === option)!;

describe('summary workbook', () => {
  it('has the overview, one sheet per form, the missing units and the comments', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      SHEET_OVERVIEW,
      'Biểu XA - Xã',
      'Biểu CQ - Cơ quan',
      'Biểu DN - Doanh nghiệp',
      'Biểu MT - Mặt trận',
      SHEET_MISSING,
      SHEET_COMMENTS,
    ]);
  });

  it('heads every sheet in the state document format and ends it with the signature block', () => {
    for (const ws of wb.worksheets) {
      const right = ws.getRow(1).values as unknown[];
      const at = right.indexOf(NATION);
      expect([ws.name, ws.getCell('A1').value, ws.getCell('A2').value]).toEqual([ws.name, 'ỦY BAN NHÂN DÂN', 'HUYỆN ĐAM RÔNG']);
      expect(at, ws.name).toBeGreaterThan(1);
      expect(ws.getRow(2).getCell(at).value).toBe(MOTTO);
      expect(ws.getRow(2).getCell(at).font?.underline).toBe(true);
      expect(ws.getRow(3).getCell(at).value).toBe('Đam Rông, ngày 22 tháng 11 năm 2026');
      expect(ws.getCell('A5').value).toBe(TITLE);
      expect(ws.getCell('A6').value).toBe('Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2022');
      const signed = rowWith(ws, 1, SIGN_PREPARER);
      expect(signed.getCell(at).value).toBe(SIGN_HEAD);
      expect(signed.number).toBeGreaterThan(9);
    }
  });

  it('gives every figure of the roll-up on the overview, with coverage per form', () => {
    const ws = sheet(SHEET_OVERVIEW);
    for (const f of rollup.figures.filter((x) => x.option === null)) {
      expect(rowWith(ws, 2, f.indicator).getCell(5).value ?? null).toBe(f.value);
    }
    const luot = rowWith(ws, 2, 'TCD_LUOT');
    expect(luot.getCell(5).value).toBe(sum(Object.values(XA_INPUT).map((x) => x.TCD_LUOT)) + 10 + 20);
    expect(luot.getCell(5).numFmt).toBe(FORMAT.integer);
    expect(luot.getCell(4).value).toBe('lượt');
    expect(luot.getCell(6).value).toBe('3/4 xã; 2/3 cơ quan');
    expect(rowWith(ws, 2, 'CQ_HN_CBCC').getCell(6).value).toBe('3/3 cơ quan');
    expect(rowWith(ws, 2, 'DN_LAO_DONG').getCell(6).value).toBe('1/2 doanh nghiệp');
    expect(rowWith(ws, 2, 'MT_GIAM_SAT.CCB').getCell(5).value).toBe(1);
  });

  it('writes ratios as percent from the summed parts, and names who answered no', () => {
    const ws = sheet(SHEET_OVERVIEW);
    const ratio = rowWith(ws, 2, 'TTHC_DUNG_HAN_TY_LE');
    const parts = Object.values(XA_INPUT);
    const expected = sum(parts.map((p) => p.TTHC_DUNG_HAN)) / sum(parts.map((p) => p.TTHC_DA_GQ));
    expect(ratio.getCell(5).value).toBeCloseTo(expected, 4);
    expect(ratio.getCell(5).numFmt).toBe(FORMAT.percent);
    // the agencies could report the parts too: none did
    expect(ratio.getCell(6).value).toBe('3/4 xã; 0/3 cơ quan');
    const share = rowWith(ws, 2, 'XA_MOT_CUA');
    expect(share.getCell(5).value).toBe(2);
    expect(share.getCell(7).value).toBe('Có: 2/3 đơn vị; Không: Xã Đạ Long');
  });

  it('reports who reported per form, on time and late', () => {
    const ws = sheet(SHEET_OVERVIEW);
    const xa = rowWith(ws, 2, 'XA');
    expect([xa.getCell(4).value, xa.getCell(5).value, xa.getCell(6).value]).toEqual([4, 3, '3/4 xã']);
    expect(rowWith(ws, 2, 'CQ').getCell(7).value).toBe('Đúng hạn: 2; nộp muộn: 1; chưa báo cáo: 0');
    expect(rowWith(ws, 2, 'DN').getCell(6).value).toBe('1/2 doanh nghiệp');
  });

  it("lists each form's units as rows and indicators as columns, with a total row", async () => {
    const ws = sheet('Biểu XA - Xã');
    const rows = ['X1', 'X2', 'X3', 'X4'].map((code) => rowWith(ws, 2, code));
    expect(rows.map((r) => r.getCell(4).value)).toEqual(['Đúng hạn', 'Đúng hạn', 'Đúng hạn', 'Chưa báo cáo']);
    expect(() => rowWith(ws, 2, 'X5')).toThrow();
    const luot = columnOf(ws, 'TCD_LUOT');
    expect(rows.map((r) => r.getCell(luot).value ?? null)).toEqual([120, 7434, 0, null]);
    expect(rows[1]!.getCell(luot).numFmt).toBe(FORMAT.integer);
    expect(rows.map((r) => r.getCell(columnOf(ws, 'XA_MOT_CUA')).value ?? null)).toEqual(['Có', 'Không', 'Có', null]);
    const huongUoc = columnOf(ws, 'XA_HUONG_UOC_TY_LE');
    expect(rows[1]!.getCell(huongUoc).value).toBe(6 / 8);
    const total = rowWith(ws, 3, 'Tổng cộng (3/4 xã)');
    expect(total.getCell(luot).value).toBe(120 + 7434 + 0);
    expect(total.getCell(columnOf(ws, 'XA_MOT_CUA')).value).toBe('2/3');
    expect(total.getCell(huongUoc).value).toBe(figure('XA_HUONG_UOC_TY_LE').value);
    expect(total.getCell(huongUoc).value).toBeCloseTo((12 + 6) / (12 + 8), 10);
    expect(total.getCell(columnOf(ws, 'TTHC_QUA_HAN_TY_LE')).value ?? null).toBeNull();
    expect(total.getCell(huongUoc).numFmt).toBe(FORMAT.percent);
    // a single-form sum: the sheet's total is the roll-up's figure
    expect(total.getCell(columnOf(ws, 'XA_THON_TONG')).value).toBe(figure('XA_THON_TONG').value);
  });

  it('gives a disaggregated indicator its total and one column per option', () => {
    const ws = sheet('Biểu MT - Mặt trận');
    const mt = rowWith(ws, 2, 'MT1');
    expect(mt.getCell(columnOf(ws, 'MT_GIAM_SAT')).value).toBe(7);
    expect(mt.getCell(columnOf(ws, 'MT_GIAM_SAT.HND')).value).toBe(2);
    expect(mt.getCell(columnOf(ws, 'MT_GIAM_SAT.DTN')).value ?? null).toBeNull();
    expect(rowWith(ws, 3, 'Tổng cộng (1/1 Ủy ban MTTQ)').getCell(columnOf(ws, 'MT_GIAM_SAT')).value).toBe(figure('MT_GIAM_SAT').value);
  });

  it('lists the missing units per form with name, type and parent', async () => {
    const ws = sheet(SHEET_MISSING);
    const x4 = rowWith(ws, 3, 'X4');
    expect([x4.getCell(2).value, x4.getCell(4).value, x4.getCell(5).value, x4.getCell(6).value]).toEqual([
      'XA',
      'Xã Đạ Tông',
      'Xã, phường, thị trấn',
      'Huyện Đam Rông',
    ]);
    expect(rowWith(ws, 3, 'DN2').getCell(7).value).toBe('Đã nộp nhưng báo cáo bị từ chối (không hợp lệ)');
    const listed: string[] = [];
    ws.eachRow((row) => {
      if (typeof row.getCell(1).value === 'number' && row.number > 6) listed.push(row.getCell(3).value as string);
    });
    const missing = [];
    for (const form of ['XA', 'CQ', 'DN', 'MT'])
      missing.push(...(await getCompleteness(wh, { unit: '679', period: '2022S1', form })).missing);
    expect(listed).toEqual(missing);
  });

  it('compiles the free-text indicators per unit on "Ý kiến"', () => {
    const ws = sheet(SHEET_COMMENTS);
    expect(rowWith(ws, 2, 'X2').getCell(5).value).toBe('Thiếu kinh phí');
    expect(rowWith(ws, 2, 'X1').getCell(3).value).toBe('Xã Rô Men');
    expect(rowWith(ws, 2, 'CQ3').getCell(4).value).toBe('Cơ quan, đơn vị');
    expect(() => rowWith(ws, 2, 'X3')).toThrow();
  });

  it('writes user text that looks like a formula as text, never as a formula', () => {
    const ws = sheet(SHEET_COMMENTS);
    const cells = [
      rowWith(ws, 2, 'X1').getCell(5),
      rowWith(ws, 2, 'X1').getCell(6),
      rowWith(ws, 2, 'CQ1').getCell(6),
      rowWith(ws, 2, 'CQ2').getCell(5),
      rowWith(ws, 2, 'CQ3').getCell(5),
      rowWith(ws, 2, 'CQ3').getCell(6),
    ];
    expect(cells.map((c) => c.value)).toEqual([INJECTIONS[0], INJECTIONS[1], INJECTIONS[2], INJECTIONS[3], INJECTIONS[4], '\n=1+1']);
    for (const c of cells) {
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.numFmt).toBe(FORMAT.text);
    }
    const name = rowWith(sheet('Biểu XA - Xã'), 2, 'X3').getCell(3);
    expect([name.value, name.type, name.numFmt]).toEqual(['=Xã "độc" ngoặc', ExcelJS.ValueType.String, FORMAT.text]);
    const xml = unzip(bytes);
    const sheets = [...xml.keys()].filter((k) => k.startsWith('xl/worksheets/sheet'));
    expect(sheets).toHaveLength(7);
    for (const k of sheets) expect(xml.get(k)).not.toMatch(/<f[ >]/);
    expect(xml.get('xl/sharedStrings.xml')).toContain('=HYPERLINK(&quot;http://x.invalid&quot;,&quot;bấm&quot;)');
  });
});

describe('summary model', () => {
  it('agrees with getCompleteness for every form, deadlines overridden or not', async () => {
    for (const deadlines of [undefined, { half: 90 }]) {
      const model = await loadSummary(wh, { unit: '679', period: '2022S1', clock, ...(deadlines ? { deadlines } : {}) });
      for (const s of model.forms) {
        expect(s.completeness).toEqual(
          await getCompleteness(wh, { unit: '679', period: '2022S1', form: s.form, ...(deadlines ? { deadlines } : {}) }),
        );
      }
      expect(model.forms.find((s) => s.form === 'CQ')?.completeness.late).toBe(deadlines ? 0 : 1);
    }
  });
});

describe('refusals', () => {
  it('names an unknown unit and a database whose pipeline never ran', async () => {
    await expect(exportSummaryWorkbook(wh, { unit: 'KHONG_CO', period: '2022S1' })).rejects.toMatchObject({ code: 'UNIT_NOT_FOUND' });
    await expect(exportSummaryWorkbook(wh, { unit: '679', period: '2022X9' })).rejects.toMatchObject({ code: 'PERIOD_INVALID' });
    const fresh = await openWorld();
    await expect(exportSummaryWorkbook(fresh, { unit: '679', period: '2022S1' })).rejects.toMatchObject({ code: 'FIGURES_NOT_RUN' });
    await fresh.close();
  });
});

describe('streaming export', () => {
  it('writes the same cells to a file, row by row', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'tonghop-export-')), 'tong-hop.xlsx');
    const info = await writeSummaryWorkbook(wh, { unit: '679', period: '2022S1', clock }, createWriteStream(file));
    expect(info.sheets).toEqual(wb.worksheets.map((w) => w.name));
    const streamed = new ExcelJS.Workbook();
    const data = await readFile(file);
    await streamed.xlsx.load(data as unknown as ArrayBuffer);
    for (const ws of wb.worksheets) {
      const other = streamed.getWorksheet(ws.name)!;
      ws.eachRow((row) => {
        row.eachCell((cell, c) => {
          expect([ws.name, cell.address, other.getRow(row.number).getCell(c).value]).toEqual([ws.name, cell.address, cell.value]);
          expect(other.getRow(row.number).getCell(c).numFmt ?? null).toBe(cell.numFmt ?? null);
        });
      });
      expect(other.model.merges.sort()).toEqual(ws.model.merges.sort());
    }
    for (const [k, text] of unzip(data)) if (k.startsWith('xl/worksheets/sheet')) expect(text).not.toMatch(/<f[ >]/);
  });

  it('reports a destination that cannot be written, with the unit and period', async () => {
    const out = createWriteStream(join(tmpdir(), 'khong-co-thu-muc', 'x', 'tong-hop.xlsx'));
    await expect(writeSummaryWorkbook(wh, { unit: '679', period: '2022S1', clock }, out)).rejects.toMatchObject({
      code: 'EXPORT_WRITE_FAILED',
      message: expect.stringContaining('679, kỳ 2022S1'),
    });
  });
});
