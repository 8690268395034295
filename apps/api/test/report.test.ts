/** GET /api/report.docx over real HTTP handling (app.request) and a real warehouse with figures. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvFor, setup, type Setup } from './helpers';

let s: Setup;

beforeAll(async () => {
  s = await setup();
  const up = await s.upload('admin', [
    { name: 'ro-men.csv', text: csvFor('24931', '2022S1', 40) },
    { name: 'lieng-sronh.csv', text: csvFor('24934', '2022S1', 25) },
  ]);
  expect(up.status).toBe(200);
  const run = await s.app.request('/api/pipelines/run', { method: 'POST', headers: s.auth('admin') });
  expect(run.status).toBe(200);
}, 120_000);

afterAll(() => s.close());

const get = (path: string, role: 'admin' | 'uploader' | 'analyst' | 'viewer' | null = 'viewer') =>
  Promise.resolve(s.app.request(path, { headers: role ? s.auth(role) : {} }));

describe('GET /api/report.docx', () => {
  it('gives a reader of figures the Word draft, named after the unit and period', async () => {
    for (const role of ['viewer', 'analyst', 'admin'] as const) {
      const r = await get('/api/report.docx?unit=679&period=2022S1', role);
      expect(r.status, role).toBe(200);
      expect(r.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(r.headers.get('content-disposition')).toContain('bao-cao-679-2022S1.docx');
      const bytes = Buffer.from(await r.arrayBuffer());
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    }
  });

  it('refuses an uploader, an anonymous caller, an unknown unit and a bad period with {code, message}', async () => {
    expect((await get('/api/report.docx?unit=679&period=2022S1', 'uploader')).status).toBe(403);
    expect((await get('/api/report.docx?unit=679&period=2022S1', null)).status).toBe(401);
    const unknown = await get('/api/report.docx?unit=99999&period=2022S1');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'UNIT_NOT_FOUND', message: expect.stringContaining('99999') });
    expect((await get('/api/report.docx?unit=679&period=2022S9')).status).toBe(422);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await get('/api/openapi.json')).json()) as {
      paths: Record<string, { get?: { responses: Record<string, unknown> } }>;
    };
    expect(Object.keys(doc.paths['/api/report.docx']?.get?.responses ?? {})).toEqual(expect.arrayContaining(['200', '403', '404']));
  });
});
