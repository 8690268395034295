import { rmSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../src/server';
import { csvFor, json, setup, type Setup } from './helpers';

let s: Setup;
let server: RunningServer;
let web: string;
beforeAll(async () => {
  s = await setup();
  web = await mkdtemp(join(tmpdir(), 'tonghop-web-'));
  await mkdir(join(web, 'assets'));
  await writeFile(join(web, 'index.html'), '<!doctype html><title>Tổng hợp</title><script type="module" src="/assets/app.js"></script>');
  await writeFile(join(web, 'assets', 'app.js'), 'console.log(1)');
  server = await serve({ deps: { ...s.deps, webDir: web }, port: 0 });
});
afterAll(async () => {
  await server.close();
  await s.close();
  await rm(web, { recursive: true, force: true });
});

describe('odd paths and IDs (issue 12 item 6)', () => {
  it('GET /%00 is 404, not 500, on a real port', async () => {
    for (const path of ['/%00', '/assets/%00.js', '/a%00b']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(404);
    }
    expect((await fetch(`${server.url}/api/%00`, { headers: s.auth('admin') })).status).toBe(404);
  });

  it('only plain decimal IDs: 0x10, +1, spaces, 1e1, 01 are 422', async () => {
    const [stored] = await json(await s.upload('admin', [{ name: 'id.csv', text: csvFor('24931', '2020S1') }]));
    const id = stored.submission_id as number;
    expect((await s.app.request(`/api/submissions/${id}`, { headers: s.auth('admin') })).status).toBe(200);
    for (const raw of ['0x10', '+1', '%20%201', '1e1', `0${id}`, '-1', '0', '1.0', '99999999999999999999']) {
      const res = await s.app.request(`/api/submissions/${raw}`, { headers: s.auth('admin') });
      expect(res.status, raw).toBe(422);
      expect((await json(res)).code).toBe('INVALID_PARAMETER');
    }
  });
});

describe('a store that cannot be written (issue 12 item 6)', () => {
  it('an upload answers 503 in Vietnamese without a server path, and stores nothing', async () => {
    const db = (s.deps.warehouse as unknown as { path: string }).path;
    const blobDir = `${db}.files`;
    rmSync(blobDir, { recursive: true, force: true });
    writeFileSync(blobDir, 'not a folder');
    try {
      const before = await s.deps.warehouse.query('select id from submissions');
      const res = await s.upload('admin', [{ name: 'ro.csv', text: csvFor('24934', '2019') }]);
      expect(res.status).toBe(503);
      const body = await json(res);
      expect(body.code).toBe('STORAGE_UNAVAILABLE');
      expect(body.message).toContain('Không đọc/ghi được dữ liệu');
      expect(body.message).not.toContain(blobDir);
      expect(await s.deps.warehouse.query('select id from submissions')).toEqual(before);
    } finally {
      rmSync(blobDir, { force: true });
    }
  });
});
