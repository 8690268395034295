import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvFor, json, setup, type Setup } from './helpers';

let s: Setup;
beforeAll(async () => {
  s = await setup();
});
afterAll(async () => {
  await s.close();
});

/** 50 distinct months, 2020-01 … 2024-02. */
const months = Array.from({ length: 50 }, (_, i) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

describe('concurrent uploads (DuckDB has one writer)', () => {
  it('stores all 50 of 50 concurrent uploads and answers reads meanwhile', async () => {
    const uploads = months.map((m, i) =>
      s.upload(i % 2 ? 'admin' : 'uploader', [{ name: `thang-${m}.csv`, text: csvFor(i % 3 ? '24931' : '24934', m, i) }]),
    );
    const reads = Array.from({ length: 20 }, () => s.app.request('/api/units', { headers: s.auth('viewer') }));
    let order = 0;
    const uploadsDone = Promise.all(uploads).then((r) => ({ r, at: ++order }));
    const readsDone = Promise.all(reads).then((r) => ({ r, at: ++order }));
    const [u, d] = await Promise.all([uploadsDone, readsDone]);
    // The reads do not wait for the write queue: they are all answered before the uploads finish.
    expect(d.at).toBeLessThan(u.at);
    const [up, rd] = [u.r, d.r];
    expect(up.map((r) => r.status)).toEqual(months.map(() => 200));
    const results = (await Promise.all(up.map((r) => json(r)))).flat();
    expect(results.filter((r: any) => r.status === 'accepted')).toHaveLength(50);
    expect(rd.every((r) => r.status === 200)).toBe(true);
    const [row] = await s.deps.warehouse.query<{ n: number }>('select count(*) as n from submissions');
    expect(row?.n).toBe(50);
    const ids = new Set(results.map((r: any) => r.submission_id));
    expect(ids.size).toBe(50);
  });

  it('keeps every version when 10 uploads for the same unit and period race', async () => {
    const res = await Promise.all(
      Array.from({ length: 10 }, (_, i) => s.upload('admin', [{ name: `v${i}.csv`, text: csvFor('24931', '2023S1', 100 + i) }])),
    );
    expect(res.every((r) => r.status === 200)).toBe(true);
    const list = await json(await s.app.request('/api/submissions?unit=24931&period=2023S1', { headers: s.auth('analyst') }));
    expect(list.map((x: any) => x.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(list.filter((x: any) => x.current)).toHaveLength(1);
  });
});
