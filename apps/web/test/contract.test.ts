import { getIndicator, periodTitle } from '@tonghop/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communes2022S1 } from '../../../fixtures/demo/demo-data';
import { createApi, orEmpty, type Api } from '../src/api/endpoints';
import { figureMap, figureText, getFigure, nounOf } from '../src/lib/figures';
import { lineageRows, placeOf } from '../src/lib/lineage';
import { indexUnits } from '../src/lib/units';
import { startDemoServer, type DemoServer } from './demo-server';

// The page's own API calls and view helpers over the real API (apps/api on a port, a temp DuckDB
// with the demo files uploaded): no hand-written JSON, so a change of the API's shape fails here.
let server: DemoServer;
let admin: Api;
const as = (token: string) => createApi({ base: `${server.url}/`, token: () => token });
const indicator = (code: string) => {
  const found = getIndicator(code);
  if (!found) throw new Error(code);
  return found;
};

beforeAll(async () => {
  server = await startDemoServer(null);
  admin = as(server.tokens.admin);
}, 300_000);
afterAll(async () => {
  await server?.close();
});

describe('the page over the real API', () => {
  it('flattens the unit tree into core units and walks it by period', async () => {
    const units = indexUnits(await admin.units());
    expect(units.get('24931')).toMatchObject({ code: '24931', type: 'xa', parentCode: '679' });
    expect(units.ancestors('24931').map((u) => u.code)).toEqual(['68', '679']);
    const communes = units.children('679', '2022S1').filter((u) => u.type === 'xa');
    expect(communes.map((u) => u.code).sort()).toEqual(Object.keys(communes2022S1).sort());
    expect(units.roots().map((u) => u.type)).toContain('tinh');
  });

  it('reads the period list from GET /api/periods, oldest first, in core words', async () => {
    const periods = await admin.periods();
    expect(periods.map((p) => p.period)).toEqual(['2021', '2022S1']);
    expect(periods.map((p) => p.label)).toEqual(['Năm 2021', '6 tháng đầu năm 2022']);
    for (const p of periods) expect(p.label).toBe(periodTitle(p.period));
    // Its coverage counts agree with the province's completeness.
    const province = await admin.completeness('68', '2022S1', 'XA');
    expect(periods.find((p) => p.period === '2022S1')?.forms.find((f) => f.form === 'XA')?.units).toBe(province.submitted);
  });

  it("shows the seed figures of Đam Rông, 2022S1, with the API's own figure (derived kept)", async () => {
    const figures = figureMap(await admin.rollup('679', '2022S1'));
    const text = (code: string) => figureText(getFigure(figures, code), indicator(code), nounOf(indicator(code)));
    expect(text('TTHC_TIEP_NHAN')).toBe('7.554');
    expect(text('TTHC_DUNG_HAN_TY_LE')).toBe('99,17%');
    expect(text('XA_MOT_CUA')).toBe('8/8 xã');
    expect([...figures.values()].every((f) => f.derived === false)).toBe(true);
  });

  it("shows one commune's share as Có / Không", async () => {
    const [code, facts] = Object.entries(communes2022S1).find(([, f]) => f.XA_CONG_KHAI === false)!;
    expect(facts.XA_CONG_KHAI).toBe(false);
    const figures = figureMap(await admin.rollup(code, '2022S1'));
    const mot = indicator('XA_CONG_KHAI');
    expect(figureText(getFigure(figures, mot.code), mot, 'xã', true)).toBe('Không');
  });

  it('reads completeness with the late and missing units', async () => {
    const c = await admin.completeness('68', '2022S1', 'XA');
    expect(c.missing.length).toBeGreaterThan(0);
    expect(c.submitted + c.missing.length).toBe(c.expected);
    expect(c.on_time + c.late).toBe(c.submitted);
  });

  it('puts every lineage cell with its submission and says where it was read', async () => {
    const rows = lineageRows(await admin.lineage('679', '2022S1', 'TTHC_TIEP_NHAN'));
    expect(rows.reduce((sum, r) => sum + Number(r.cell.value), 0)).toBe(7554);
    expect(rows.every((r) => r.submission?.id === r.cell.submission_id)).toBe(true);
    expect(rows.every((r) => /![A-Z]+\d+$|^dòng \d+$/u.test(placeOf(r.cell)))).toBe(true);
  });

  it("uploads a bad file and gets its line error in the API's shape", async () => {
    const bad = new File(['unit_code,period,indicator,value\r\n24931,2022S2,TCD_LUOT,mười\r\n'], 'xa-ro-men-loi.csv');
    const [result] = await admin.upload([bad]);
    expect(result).toMatchObject({ file: 'xa-ro-men-loi.csv', status: 'rejected' });
    expect(result!.errors[0]?.cell).toBe('dòng 2');
    expect(result!.errors[0]?.message).toContain('mười');
  });

  it('a role that may not read a list gets an empty one; a bad token is an ApiError 401', async () => {
    const uploader = as(server.tokens.uploader);
    expect(await orEmpty(uploader.periods(), [])).toEqual([]);
    expect((await as(server.tokens.viewer).periods()).length).toBe(2);
    await expect(as('not-a-token').me()).rejects.toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
  });
});
