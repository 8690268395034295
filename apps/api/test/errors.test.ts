import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger, type AppDeps, type Logger } from '../src/deps';
import type { AppEnv } from '../src/http/env';
import { onError } from '../src/http/errors';
import { json, setup, type Setup } from './helpers';

let s: Setup;
beforeAll(async () => {
  s = await setup();
});
afterAll(async () => {
  await s.close();
});

describe('errors are JSON {code, message} in Vietnamese', () => {
  it('404 for an unknown /api path', async () => {
    const res = await s.app.request('/api/khong-co', { headers: s.auth('admin') });
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual({ code: 'NOT_FOUND', message: 'Không tìm thấy đường dẫn /api/khong-co.' });
    // decided before authentication: no token needed to learn that a path does not exist
    expect((await s.app.request('/api/khong-co')).status).toBe(404);
    expect((await s.app.request('/api/openapi.json', { method: 'POST' })).status).toBe(405);
  });

  it('405 with Allow for a known path under another method', async () => {
    const res = await s.app.request('/api/units', { method: 'DELETE', headers: s.auth('admin') });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET');
    expect((await json(res)).code).toBe('METHOD_NOT_ALLOWED');
    const put = await s.app.request('/api/submissions/5', { method: 'PUT', headers: s.auth('admin') });
    expect(put.status).toBe(405);
  });

  it('400 naming a missing parameter, 422 naming a malformed one', async () => {
    const missing = await s.app.request('/api/rollups?period=2022S1', { headers: s.auth('viewer') });
    expect(missing.status).toBe(400);
    expect(await json(missing)).toEqual({ code: 'MISSING_PARAMETER', message: 'Thiếu tham số bắt buộc "unit".' });
    const bad = await s.app.request('/api/completeness?unit=679&period=2022X&form=XA', { headers: s.auth('viewer') });
    expect(bad.status).toBe(422);
    expect(await json(bad)).toEqual({ code: 'INVALID_PARAMETER', message: 'Tham số "period" không hợp lệ: "2022X".' });
    const form = await s.app.request('/api/template.xlsx?unit=679&period=2022&form=ZZ', { headers: s.auth('viewer') });
    expect(form.status).toBe(422);
    expect((await json(form)).message).toContain('"form"');
  });

  it('a crash is a generic Vietnamese 500: no stack, no cause; the log gets code and cause', async () => {
    const logged: Record<string, unknown>[] = [];
    const logger: Logger = {
      ...silentLogger,
      error: (_m, data) => {
        logged.push(data ?? {});
      },
    };
    const app = new OpenAPIHono<AppEnv>();
    app.use('*', async (c, next) => {
      c.set('deps', { logger } as AppDeps);
      await next();
    });
    app.onError(onError);
    app.get('/boom', () => {
      throw new Error('secret /home/x/db.duckdb', { cause: new Error('disk') });
    });
    const res = await app.request('/boom');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ code: 'INTERNAL', message: 'Lỗi hệ thống. Vui lòng thử lại sau hoặc báo cho quản trị viên.' });
    expect(text).not.toContain('secret');
    expect(logged[0]).toMatchObject({ code: 'INTERNAL', error: 'secret /home/x/db.duckdb', cause: 'Error: disk' });
  });

  it('504 TIMEOUT when a client stalls an upload past the limit', async () => {
    const slow = await setup({ limits: { writeTimeoutMs: 100 } });
    try {
      let stalled: ReadableStreamDefaultController<Uint8Array> | undefined;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(
            new TextEncoder().encode('--b\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nunit_code'),
          );
          stalled = controller; // never closed by the client: it stalls
        },
      });
      const res = await slow.app.request('/api/submissions', {
        method: 'POST',
        body,
        duplex: 'half',
        headers: { ...slow.auth('admin'), 'content-type': 'multipart/form-data; boundary=b' },
      } as RequestInit);
      stalled?.error(new Error('client went away')); // lets the handler remove its temp folder
      expect(res.status).toBe(504);
      expect((await json(res)).code).toBe('TIMEOUT');
    } finally {
      await slow.close();
    }
  });
});

describe('OpenAPI document', () => {
  it('is public and declares every path of spec §5', async () => {
    const res = await s.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await json(res);
    const paths = Object.keys(doc.paths);
    for (const p of [
      '/api/submissions',
      '/api/submissions/{id}',
      '/api/submissions/{id}/facts',
      '/api/submissions/{id}/file',
      '/api/rollups',
      '/api/completeness',
      '/api/lineage',
      '/api/units',
      '/api/catalog',
      '/api/export.xlsx',
      '/api/template.xlsx',
      '/api/pipelines/run',
      '/api/pipelines/runs',
    ]) {
      expect(paths, p).toContain(p);
    }
    expect(Object.keys(doc.paths['/api/submissions'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(doc.paths['/api/submissions'].post.requestBody.content['multipart/form-data']).toBeDefined();
    expect(doc.components.schemas.IngestResult.required).toContain('submission_id');
  });
});
