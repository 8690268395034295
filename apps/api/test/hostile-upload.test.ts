import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../src/server';
import { safeFileName } from '../src/upload/file-name';
import { sweepUploadDirs, UPLOAD_PREFIX } from '../src/upload/temp-dirs';
import { csvFor, json, setup, type Setup } from './helpers';

let s: Setup;
let server: RunningServer;
beforeAll(async () => {
  s = await setup();
  server = await serve({ deps: s.deps, port: 0 });
});
afterAll(async () => {
  await server.close();
  await s.close();
});

/** A raw POST over a real socket: the body exactly as given, no client-side multipart encoder. */
function rawPost(path: string, body: string | Buffer, headers: Record<string, string>): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, body: text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const multipart = (boundary: string) => ({ 'content-type': `multipart/form-data; boundary=${boundary}` });
const ownUploadDirs = () => readdirSync(tmpdir()).filter((n) => n.startsWith(`${UPLOAD_PREFIX}${process.pid}-`));

describe('hostile multipart bodies on a real port (issue 12 item 1)', () => {
  const cut = (part: string) => `--zzz\r\nContent-Disposition: form-data; ${part}\r\n\r\nunit_code`;

  it.each([
    ['a file part cut in the middle', 'name="file"; filename="a.csv"'],
    ['a cut part with a disallowed extension', 'name="file"; filename="a.exe"'],
    ['a cut part under a wrong field name', 'name="other"; filename="a.csv"'],
  ])('%s: 400 or 415, the server lives on, no temp folder left', async (_what, part) => {
    const res = await rawPost('/api/submissions', cut(part), { ...s.auth('uploader'), ...multipart('zzz') });
    expect([400, 415]).toContain(res.status);
    expect(res.body.message).toMatch(/multipart|không được nhận/);
    const after = await fetch(`${server.url}/api/me`, { headers: s.auth('uploader') });
    expect(after.status).toBe(200);
    expect(ownUploadDirs()).toEqual([]);
  });

  it('a truncated body is 400 BAD_REQUEST naming what is wrong', async () => {
    const res = await rawPost('/api/submissions', cut('name="file"; filename="a.csv"'), { ...s.auth('uploader'), ...multipart('zzz') });
    expect(res).toMatchObject({ status: 400, body: { code: 'BAD_REQUEST' } });
    expect(res.body.message).toContain('bị cắt ngang');
  });

  it('a multipart type without a boundary is 400, not 500', async () => {
    const res = await rawPost('/api/submissions', 'x', { ...s.auth('uploader'), 'content-type': 'multipart/form-data; charset=utf-8' });
    expect(res.status).toBe(400);
  });

  it('a whole file after a cut skipped part still leaves nothing behind', async () => {
    const body = `--zzz\r\nContent-Disposition: form-data; name="file"; filename="ok.csv"\r\n\r\n${csvFor('24931', '2023')}\r\n--zzz\r\nContent-Disposition: form-data; name="x"; filename="b.csv"\r\n\r\nabc`;
    const res = await rawPost('/api/submissions', body, { ...s.auth('uploader'), ...multipart('zzz') });
    expect(res.status).toBe(400);
    expect(await s.deps.warehouse.query("select * from submissions where period = '2023'")).toEqual([]);
    expect(ownUploadDirs()).toEqual([]);
  });
});

describe('long Vietnamese file names (issue 12 item 9)', () => {
  it('300 × "Đ" is shortened by bytes, keeps its extension and is ingested', async () => {
    const long = `${'Đ'.repeat(300)}.csv`;
    const name = safeFileName(long, 0);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(200);
    expect(name.endsWith('….csv')).toBe(true);
    expect(name.startsWith('ĐĐ')).toBe(true);
    const res = await s.upload('uploader', [{ name: long, text: csvFor('24931', '2022Q3') }]);
    expect(res.status).toBe(200);
    expect((await json(res))[0]).toMatchObject({ status: 'accepted', file: name });
  });

  it('never cuts a character in two', () => {
    const name = safeFileName(`${'ặ'.repeat(150)}x.xlsx`, 0);
    expect(name).not.toContain('\uFFFD');
    expect(Buffer.from(name).toString('utf8')).toBe(name);
    expect(name.endsWith('….xlsx')).toBe(true);
  });
});

describe('temp upload folders (issue 12 item 6)', () => {
  it('the start-up sweep removes folders of dead processes and old unnamed ones, never a live one', async () => {
    const root = await mkdtemp(join(tmpdir(), 'tonghop-sweep-'));
    const dead = join(root, `${UPLOAD_PREFIX}999999999-abc`);
    const live = join(root, `${UPLOAD_PREFIX}${process.pid}-def`);
    const oldUnnamed = join(root, `${UPLOAD_PREFIX}Xy12Ab`);
    for (const d of [dead, live, oldUnnamed]) {
      await mkdir(join(d, '0'), { recursive: true });
      await writeFile(join(d, '0', 'a.csv'), 'x');
    }
    const removed = sweepUploadDirs({ root, now: Date.now() + 2 * 60 * 60_000 });
    expect(removed.sort()).toEqual([dead, oldUnnamed].sort());
    expect((await stat(live)).isDirectory()).toBe(true);
    await rm(root, { recursive: true, force: true });
  });
});
