import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, setup, type Setup } from './helpers';

let s: Setup;
beforeAll(async () => {
  s = await setup({ limits: { answer: { items: 2, textChars: 50 } } });
  const text = (unit: string, words: string) =>
    `unit_code,period,indicator,value\r\n${unit},2022S1,NX_HAN_CHE,${words}\r\n${unit},2022S1,TCD_LUOT,1\r\n`;
  const res = await s.upload('admin', [
    { name: 'a.csv', text: text('24931', 'Thiếu cán bộ chuyên trách') },
    { name: 'b.csv', text: text('24934', 'Kinh phí còn hạn chế') },
    { name: 'c.csv', text: text('24850', 'Địa bàn rộng đi lại khó') },
  ]);
  expect(((await json(res)) as { status: string }[]).map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
  await s.deps.pipelines?.run({ actor: 'test' });
});
afterAll(async () => {
  await s.close();
});

describe('what one answer returns is bounded (issue 12 item 3)', () => {
  it('a roll-up list keeps its first texts within the caps and says how many there were', async () => {
    const body = await json(await s.app.request('/api/rollups?unit=68&period=2022S1&indicator=NX_HAN_CHE', { headers: s.auth('viewer') }));
    const figure = body.figures.find((f: { indicator: string }) => f.indicator === 'NX_HAN_CHE');
    expect(figure.texts.length).toBeLessThanOrEqual(2);
    expect(figure.texts.map((t: { text: string }) => t.text).join('').length).toBeLessThanOrEqual(50);
    expect(figure.texts_total).toBe(3);
  });

  it('a list within the caps is answered whole, without texts_total', async () => {
    const body = await json(await s.app.request('/api/rollups?unit=679&period=2022S1&indicator=NX_HAN_CHE', { headers: s.auth('viewer') }));
    const figure = body.figures.find((f: { indicator: string }) => f.indicator === 'NX_HAN_CHE');
    expect(figure.texts).toHaveLength(2);
    expect(figure.texts_total).toBeUndefined();
  });

  it('a lineage keeps at most the cap of cells and says how many there were', async () => {
    const body = await json(await s.app.request('/api/lineage?unit=68&period=2022S1&indicator=TCD_LUOT', { headers: s.auth('analyst') }));
    expect(body.cells).toHaveLength(2);
    expect(body.cells_total).toBe(3);
  });
});
