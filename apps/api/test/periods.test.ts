import { comparePeriodCodes, periodBounds, periodTitle } from '@tonghop/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeriodsBody } from '../src/contract';
import { csvFor, json, setup, type Setup } from './helpers';

let s: Setup;
beforeAll(async () => {
  s = await setup();
});
afterAll(async () => {
  await s.close();
});

const get = (path: string, role: 'viewer' | 'uploader' = 'viewer') => s.app.request(path, { headers: s.auth(role) });

describe('GET /api/periods', () => {
  it('is empty before any submission', async () => {
    expect(await json(await get('/api/periods'))).toEqual({ periods: [] });
  });

  it('lists every kind of period that has a valid current submission, in core order, with words, bounds and coverage', async () => {
    const files = [
      ['a.csv', csvFor('24931', '2022S1')],
      ['b.csv', csvFor('24934', '2022S1')],
      ['c.csv', csvFor('24931', '2023Q1')],
      ['d.csv', csvFor('24931', '2023-03')],
      ['e.csv', csvFor('24850', '2021')],
      ['f.csv', csvFor('24931', '2023N9')],
    ];
    const up = await s.upload(
      'admin',
      files.map(([name, text]) => ({ name: name!, text: text! })),
    );
    expect(up.status).toBe(200);
    // A refused file adds no period.
    await s.upload('admin', [{ name: 'bad.csv', text: 'unit_code,period,indicator,value\r\n24931,2024S2,TCD_LUOT,mười\r\n' }]);

    const body = await json<PeriodsBody>(await get('/api/periods'));
    const codes = body.periods.map((p) => p.period);
    expect(codes).toEqual(['2021', '2022S1', '2023N9', '2023Q1', '2023-03']);
    expect([...codes].sort(comparePeriodCodes)).toEqual(codes);
    for (const p of body.periods) {
      expect(p.label).toBe(periodTitle(p.period));
      expect({ start: p.start, end: p.end }).toEqual(periodBounds(p.period));
    }
    expect(body.periods.find((p) => p.period === '2023Q1')).toEqual({
      period: '2023Q1',
      kind: 'quarter',
      label: 'Quý I năm 2023',
      start: '2023-01-01',
      end: '2023-03-31',
      units: 1,
      forms: [{ form: 'XA', units: 1 }],
    });
    expect(body.periods.find((p) => p.period === '2022S1')).toMatchObject({ units: 2, forms: [{ form: 'XA', units: 2 }] });
    expect(body.periods.find((p) => p.period === '2023-03')?.label).toBe('Tháng 3 năm 2023');
  });

  it('is a read for figures: an uploader may not list periods', async () => {
    expect((await get('/api/periods', 'uploader')).status).toBe(403);
  });

  it('is in the OpenAPI document', async () => {
    const doc = await json(await s.app.request('/api/openapi.json'));
    expect(Object.keys(doc.paths)).toContain('/api/periods');
    expect(Object.keys(doc.components.schemas.Period.properties)).toEqual(['period', 'kind', 'label', 'start', 'end', 'units', 'forms']);
  });
});

describe('period parameters are read with core', () => {
  it.each(['2022X', '2022S3', '2022-13', '2022/2017', '2022/2022', '6 tháng đầu năm 2022'])('%j is INVALID_PARAMETER', async (bad) => {
    const res = await get(`/api/completeness?unit=679&period=${encodeURIComponent(bad)}&form=XA`);
    expect(res.status).toBe(422);
    expect(await json(res)).toEqual({ code: 'INVALID_PARAMETER', message: `Tham số "period" không hợp lệ: "${bad}".` });
  });

  it.each(['2022', '2022S1', '2022Q3', '2022-03', '2022N9', '2017/2022'])('%s is read', async (good) => {
    expect((await get(`/api/completeness?unit=679&period=${encodeURIComponent(good)}&form=XA`)).status).not.toBe(422);
  });
});
