/**
 * The report over a small real warehouse (in memory): comparison with the same period a year
 * earlier, remarks compiled and merged, hostile text from units, the XML of every part.
 */
import type { Warehouse } from '@tonghop/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportDocx } from '../src/index';
import { openDocx, type OpenedDocx } from './read-docx';
import { clock, openWorld, run, submit, unit } from './world';

const HOSTILE_NAME = 'Xã <w:p>Đạ & "Tẻh" \'</w:t>';
const HOSTILE_TEXT = 'Thiếu </w:t></w:r><w:r><w:t>kinh phí ]]> {TCD_LUOT} [x] ^[y] \u0001\u0008 chữ\uFFFE cuối';

let wh: Warehouse;
let report: OpenedDocx;

beforeAll(async () => {
  wh = await openWorld();
  await wh.importUnits(
    [
      unit('68', 'tinh', null, 'Tỉnh Lâm Đồng'),
      unit('679', 'huyen', '68', 'Huyện Đam Rông'),
      unit('X1', 'xa', '679', 'Xã Rô Men'),
      unit('X2', 'xa', '679', 'Xã Đạ Long'),
      unit('X3', 'xa', '679', HOSTILE_NAME),
      unit('X4', 'xa', '679', 'Xã Đạ Tông'),
      unit('CQ1', 'co_quan', '679', 'Phòng Nội vụ'),
    ],
    'test',
  );
  await submit(wh, { unit: 'X1', period: '2021S1', form: 'XA', values: { TCD_LUOT: 30, DON_TONG: 10, DON_DA_GQ: 5, XA_MOT_CUA: true } });
  await submit(wh, { unit: 'X2', period: '2021S1', form: 'XA', values: { TCD_LUOT: 20, DON_TONG: 10, DON_DA_GQ: 5, XA_MOT_CUA: false } });
  await submit(wh, {
    unit: 'X1',
    period: '2022S1',
    form: 'XA',
    values: {
      TCD_LUOT: 40,
      DON_TONG: 20,
      DON_DA_GQ: 15,
      XA_MOT_CUA: true,
      NX_HAN_CHE: 'Thiếu kinh phí.\n- Cán bộ kiêm nhiệm',
      NX_DE_XUAT: 'Tập huấn thêm',
    },
  });
  await submit(wh, {
    unit: 'X2',
    period: '2022S1',
    form: 'XA',
    values: { TCD_LUOT: 25, DON_TONG: 10, DON_DA_GQ: 10, XA_MOT_CUA: true, NX_HAN_CHE: '  thiếu   kinh phí ;' },
  });
  await submit(wh, { unit: 'X3', period: '2022S1', form: 'XA', values: { XA_MOT_CUA: false, NX_HAN_CHE: HOSTILE_TEXT } });
  await submit(wh, { unit: 'CQ1', period: '2022S1', form: 'CQ', values: { CQ_HN_CBCC: true, NX_HAN_CHE: 'Thiếu kinh phí' } });
  await run(wh);
  report = openDocx((await buildReportDocx(wh, { unit: '679', period: '2022S1', clock })).bytes);
}, 120_000);

afterAll(async () => {
  await wh.close();
});

describe('the report of a district with last year’s figures', () => {
  it('compares with the same period a year earlier when it has data', () => {
    expect(report.text).toContain('đã tiếp 65 lượt (số lượt tăng 15 lượt, tương đương 30% so với cùng kỳ)');
    expect(report.text).toContain('tiếp nhận 30 đơn (tăng 10 đơn, tương đương 50% so với cùng kỳ)');
    // a share compared in percentage points: 1/2 a year ago, 2/3 now
    expect(report.paragraphs).toContain('Cùng kỳ 6 tháng đầu năm 2021');
  });

  it('writes a share with the units that answered no, by name, escaped', () => {
    expect(report.text).toContain(
      `- 2/3 xã thực hiện cơ chế "một cửa", "một cửa liên thông"; còn ${'xã <w:p>Đạ & "Tẻh" \'</w:t>'} chưa thực hiện.`,
    );
  });

  it('names who has not reported', () => {
    expect(report.text).toContain('Đến thời điểm tổng hợp, 3/4 xã, 1/1 cơ quan đã gửi báo cáo; còn 1 xã (xã Đạ Tông) chưa gửi báo cáo.');
    const t3 = report.paragraphs.indexOf('Bảng 3. Đơn vị chưa báo cáo');
    expect(t3).toBeGreaterThan(0);
    expect(report.paragraphs.slice(t3)).toContain('Xã Đạ Tông');
  });

  it('compiles the remarks per unit, equal ones merged, in unit order', () => {
    const start = report.paragraphs.findIndex((p) => p === '2. Hạn chế, khó khăn');
    const remarks = report.paragraphs.slice(start + 1, start + 4);
    expect(remarks[0]).toBe('- Thiếu kinh phí (xã Rô Men, xã Đạ Long, Phòng Nội vụ).');
    expect(remarks[1]).toBe('- Cán bộ kiêm nhiệm (xã Rô Men).');
    expect(remarks[2]).toContain('kinh phí ]]> {TCD_LUOT} [x] ^[y]  chữ cuối');
    expect(report.text).toContain('- Tập huấn thêm (xã Rô Men).');
  });

  it('keeps text from units as text: every part is well-formed XML, no injected element, no control character', () => {
    const xml = report.parts.get('word/document.xml') ?? '';
    expect(xml).not.toMatch(/[\u0000-\u0008\uFFFE]/u);
    expect(xml).toContain('&lt;/w:t&gt;&lt;/w:r&gt;');
    expect(xml.match(/<w:p[ >]/g)?.length).toBe(report.paragraphs.length);
  });

  it('gives each figure of the appendix its sources', () => {
    const t2 = report.paragraphs.indexOf('Bảng 2. Nguồn số liệu');
    const rows = report.paragraphs.slice(t2);
    // number, unit, form, period, file, version
    const x1 = rows.findIndex((r) => /^X1-2022S1-\d+\.xlsx$/u.test(r));
    expect(rows.slice(x1 - 4, x1 + 2)).toEqual(['1', 'Xã Rô Men', 'XA', '2022S1', rows[x1], '1']);
    const t1 = report.paragraphs.indexOf('Số lượt tiếp công dân');
    // value, reporting units, last year, sources (Table 2 numbers: the two communes that gave it)
    expect(report.paragraphs.slice(t1 + 1, t1 + 6)).toEqual(['lượt', '65', '2/5', '50', '1, 2']);
  });
});
