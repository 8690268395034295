import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvFor, json, setup, type Setup } from './helpers';

let s: Setup;

beforeAll(async () => {
  s = await setup();
  const res = await s.upload('admin', [{ name: 'rm.csv', text: csvFor('24931', '2022S1', 5) }]);
  expect(res.status).toBe(200);
});
afterAll(() => s.close());

const post = (role: 'admin' | 'analyst' | 'viewer' | 'uploader' | null, sql: string) =>
  Promise.resolve(
    s.app.request('/api/query', {
      method: 'POST',
      body: JSON.stringify({ sql }),
      headers: { 'content-type': 'application/json', ...(role ? s.auth(role) : {}) },
    }),
  );

describe('POST /api/query', () => {
  it('answers an analyst with columns and rows, bigints as numbers', async () => {
    const res = await post('analyst', 'select unit_code, fact_count::bigint as n from submissions order by id');
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({
      columns: [
        { name: 'unit_code', type: 'VARCHAR' },
        { name: 'n', type: 'BIGINT' },
      ],
      rows: [['24931', 2]],
      truncated: false,
    });
  });

  it('refuses a write with 422 and a Vietnamese message, changing nothing', async () => {
    const res = await post('admin', 'delete from fact_values');
    expect(res.status).toBe(422);
    const body = await json(res);
    expect(body.code).toBe('QUERY_NOT_READ_ONLY');
    expect(body.message).toMatch(/chỉ chạy câu lệnh đọc/);
    const [row] = await s.deps.warehouse.query<{ n: number }>('select count(*) as n from fact_values');
    expect(row?.n).toBe(2);
  });

  it('is for analysts and admins only', async () => {
    expect((await post('viewer', 'select 1')).status).toBe(403);
    expect((await post('uploader', 'select 1')).status).toBe(403);
    expect((await post(null, 'select 1')).status).toBe(401);
  });

  it('names a missing table', async () => {
    const res = await post('analyst', 'select * from khong_co');
    expect(res.status).toBe(422);
    expect((await json(res)).code).toBe('QUERY_NOT_FOUND');
  });
});
