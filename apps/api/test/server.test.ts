import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../src/server';
import { createApp } from '../src/app';
import { csvFor, setup, type Setup } from './helpers';

let s: Setup;
let server: RunningServer;
let web: string;
beforeAll(async () => {
  s = await setup();
  web = await mkdtemp(join(tmpdir(), 'tonghop-web-'));
  await mkdir(join(web, 'assets'));
  await writeFile(join(web, 'index.html'), '<!doctype html><title>Tổng hợp</title>');
  await writeFile(join(web, 'assets', 'app.js'), 'console.log(1)');
  server = await serve({ deps: { ...s.deps, webDir: web }, port: 0 });
});
afterAll(async () => {
  await server.close();
  await s.close();
  await rm(web, { recursive: true, force: true });
});

describe('a real port (node-server on 127.0.0.1)', () => {
  it('listens on 127.0.0.1 and answers an upload and a read', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const form = new FormData();
    form.append('file', new File([csvFor('24931', '2024Q1')], 'quy1.csv'));
    form.append('file', new File([csvFor('24934', '2024Q1')], 'quy1-b.csv'));
    const up = await fetch(`${server.url}/api/submissions`, { method: 'POST', body: form, headers: s.auth('uploader') });
    expect(up.status).toBe(200);
    expect(((await up.json()) as any[]).map((r: any) => r.status)).toEqual(['accepted', 'accepted']);
    const list = await fetch(`${server.url}/api/submissions?period=2024Q1`, { headers: s.auth('analyst') });
    expect(((await list.json()) as any[]).length).toBe(2);
  });

  it('serves the web page and its assets at /, never a file outside it', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('Tổng hợp');
    const asset = await fetch(`${server.url}/assets/app.js`);
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect(await asset.text()).toBe('console.log(1)');
    expect([asset.headers.get('cache-control'), page.headers.get('cache-control')]).toEqual([
      'public, max-age=31536000, immutable',
      'no-cache',
    ]);
    const deep = await fetch(`${server.url}/tong-quan/679`);
    expect(await deep.text()).toContain('Tổng hợp');
    const escape = await fetch(`${server.url}/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).not.toContain('root:');
  });
});

describe('without a built page', () => {
  it('/ says in Vietnamese how to build it', async () => {
    const app = createApp({ ...s.deps, webDir: null });
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Trang web chưa được dựng');
  });
});
