/**
 * The report over a small real warehouse (in memory): comparison with the same period a year
 * earlier, remarks compiled and merged, hostile text from units, the XML of every part.
 */
import type { Warehouse } from '@tonghop/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '@tonghop/core';
import { getRollup } from '@tonghop/figures';
import { groupShare, loadGroupMembers } from '../src/group-shares';
import { buildReportDocx, loadReport, loadTemplates } from '../src/index';
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
      unit('D1', 'doanh_nghiep', '679', 'Công ty A', { groups: ['so_huu:nha_nuoc'] }),
      unit('D2', 'doanh_nghiep', '679', 'Công ty B', { groups: ['so_huu:tu_nhan'] }),
      unit('D3', 'doanh_nghiep', '679', 'Công ty C', { groups: ['so_huu:tu_nhan'] }),
      unit('D4', 'doanh_nghiep', '679', 'Công ty D', { groups: ['so_huu:tu_nhan'] }),
      unit('D5', 'doanh_nghiep', '679', 'Công ty E', { groups: ['so_huu:fdi'] }),
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
  await submit(wh, { unit: 'D1', period: '2022S1', form: 'DN', values: { DN_HN_NLD: true, DN_CONG_DOAN: true } });
  await submit(wh, { unit: 'D2', period: '2022S1', form: 'DN', values: { DN_HN_NLD: false, DN_CONG_DOAN: true } });
  await submit(wh, { unit: 'D3', period: '2022S1', form: 'DN', values: { DN_HN_NLD: true } });
  await submit(wh, { unit: 'D4', period: '2022S1', form: 'DN', values: { DN_LAO_DONG: 12 } });
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
    expect(report.text).toContain(
      'Đến thời điểm tổng hợp, 3/4 xã, 1/1 cơ quan, 4/5 doanh nghiệp đã gửi báo cáo; còn 1 xã (xã Đạ Tông); 1 doanh nghiệp (Công ty E) chưa gửi báo cáo.',
    );
    const t3 = report.paragraphs.indexOf('Bảng 3. Đơn vị chưa báo cáo');
    expect(t3).toBeGreaterThan(0);
    expect(report.paragraphs.slice(t3)).toContain('Xã Đạ Tông');
  });

  it('compiles the remarks per unit, equal ones merged, in unit order', () => {
    const start = report.paragraphs.indexOf('2. Hạn chế, khó khăn');
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

  it('writes the enterprises’ shares by ownership group', () => {
    expect(report.text).toContain(
      'Tỷ lệ doanh nghiệp tổ chức hội nghị người lao động đạt 66,67% (2/3 doanh nghiệp), trong đó doanh nghiệp nhà nước đạt 100%, doanh nghiệp tư nhân đạt 50%; còn Công ty B chưa tổ chức.',
    );
  });

  it('derives a share by group exactly as the roll-up by group computes it, for every share indicator and group', async () => {
    const templates = await loadTemplates();
    const groups = ['so_huu:nha_nuoc', 'so_huu:tu_nhan', 'so_huu:fdi'];
    const data = await loadReport(wh, { unit: '679', period: '2022S1', clock }, templates);
    const members = await loadGroupMembers(wh, '679', '2022S1', groups);
    const shares = catalog.filter((i) => i.aggregation === 'share_true').map((i) => i.code);
    for (const group of groups) {
      const byGroup = await getRollup(wh, { unit: '679', period: '2022S1', group, indicators: shares });
      for (const expected of byGroup.figures) {
        const whole = data.figures.get(expected.indicator);
        const derived = whole ? groupShare(whole, data.sources, members.get(group) ?? new Set()) : null;
        const pick = (f: typeof expected | null) =>
          f && {
            value: f.value,
            numerator: f.numerator,
            denominator: f.denominator,
            reporting: f.reporting_units,
            false_units: f.false_units,
          };
        expect(pick(derived), `${expected.indicator} ${group}`).toEqual(pick(expected));
      }
    }
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
