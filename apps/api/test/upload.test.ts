import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, setup, csvFor, type Setup } from './helpers';

let s: Setup;
beforeAll(async () => {
  s = await setup({ limits: { maxFileBytes: 4096, maxFiles: 5 } });
});
afterAll(async () => {
  await s.close();
});

const count = async (sql: string, params: unknown[] = []) =>
  (await s.deps.warehouse.query<{ n: number }>(`select count(*) as n from (${sql})`, params))[0]?.n;

describe('POST /api/submissions', () => {
  it('ingests several files with the uploader as actor and answers the ingest --json array', async () => {
    const res = await s.upload('admin', [
      { name: 'Rô Men 6 tháng.csv', text: csvFor('24931', '2022S1', 7) },
      { name: 'lien-srong.csv', text: csvFor('24934', '2022S1', 3) },
    ]);
    expect(res.status).toBe(200);
    const results = await json(res);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      file: 'Rô Men 6 tháng.csv',
      status: 'accepted',
      unit: '24931',
      period: '2022S1',
      form: 'XA',
      facts: 2,
      errors: [],
    });
    expect(Object.keys(results[0]).sort()).toEqual([
      'errors',
      'facts',
      'file',
      'form',
      'period',
      'plugin',
      'status',
      'submission_id',
      'supersedes',
      'unit',
      'warnings',
    ]);
    const stored = await s.deps.warehouse.query<{ uploaded_by: string }>(
      "select split_part(uploaded_by, '#', 1) as uploaded_by from submissions where id = $1",
      [results[0].submission_id],
    );
    expect(stored).toEqual([{ uploaded_by: 'user:quan-tri' }]);
  });

  it('serves the submission, its versions, facts with cells and the original bytes', async () => {
    const text = csvFor('24931', '2022S2', 11);
    const [first] = await json(await s.upload('admin', [{ name: 'v1.csv', text }]));
    const [second] = await json(await s.upload('admin', [{ name: 'v2.csv', text: csvFor('24931', '2022S2', 12) }]));
    expect(second.supersedes).toBe(first.submission_id);

    const list = await json(await s.app.request('/api/submissions?unit=24931&period=2022S2', { headers: s.auth('analyst') }));
    expect(list.map((x: any) => [x.version, x.current])).toEqual([
      [1, false],
      [2, true],
    ]);

    const one = await json(await s.app.request(`/api/submissions/${first.submission_id}`, { headers: s.auth('analyst') }));
    expect(one).toMatchObject({ id: first.submission_id, version: 1, current: false, file: 'v1.csv', status: 'accepted' });
    expect(one.versions).toHaveLength(2);

    const facts = await json(await s.app.request(`/api/submissions/${second.submission_id}/facts`, { headers: s.auth('analyst') }));
    expect(facts).toContainEqual(expect.objectContaining({ indicator: 'TCD_LUOT', value: 12, unit: '24931', line: 2 }));

    const file = await s.app.request(`/api/submissions/${first.submission_id}/file`, { headers: s.auth('admin') });
    expect(file.status).toBe(200);
    expect(await file.text()).toBe(text);
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''v1.csv");

    expect((await s.app.request('/api/submissions/999999', { headers: s.auth('admin') })).status).toBe(404);
    expect((await s.app.request('/api/submissions/abc', { headers: s.auth('admin') })).status).toBe(422);
  });

  it('lets an uploader submit for its subtree and refuses (403, nothing stored, logged) outside it', async () => {
    const ok = await s.upload('uploader', [{ name: 'romen.csv', text: csvFor('24931', '2021') }]);
    expect(ok.status).toBe(200);
    expect((await json(ok))[0].status).toBe('accepted');

    const before = await count('select * from submissions');
    const denied = await s.upload('uploader', [{ name: 'lacduong.csv', text: csvFor('24850', '2021') }]);
    expect(denied.status).toBe(403);
    const body = await json(denied);
    expect(body.code).toBe('FORBIDDEN_UNIT');
    expect(body.message).toContain('24850');
    expect(body.results[0]).toMatchObject({ status: 'rejected', submission_id: null });
    expect(await count('select * from submissions')).toBe(before);
    expect(await count("select * from submissions where unit_code = '24850'")).toBe(0);
    const audit = await s.deps.warehouse.query<{ actor: string; target: string }>(
      "select split_part(actor, '#', 1) as actor, target from audit_log where action = 'access.denied'",
    );
    expect(audit).toContainEqual({ actor: 'user:dam-rong', target: '24850' });
  });

  it('in a mixed upload stores the allowed files and marks the refused one', async () => {
    const res = await s.upload('uploader', [
      { name: 'a.csv', text: csvFor('24934', '2021') },
      { name: 'b.csv', text: csvFor('24850', '2022S1') },
    ]);
    expect(res.status).toBe(200);
    const [a, b] = await json(res);
    expect(a.status).toBe('accepted');
    expect(b.status).toBe('rejected');
    expect(b.errors.map((e: any) => e.rule)).toContain('UNIT_FORBIDDEN');
  });

  it('writes every upload in the audit log with who and what', async () => {
    const rows = await s.deps.warehouse.query<{ actor: string; action: string }>(
      "select distinct split_part(actor, '#', 1) as actor, action from audit_log where actor like 'user:%'",
    );
    expect(rows).toContainEqual({ actor: 'user:dam-rong', action: 'submission.store' });
    expect(rows).toContainEqual({ actor: 'user:quan-tri', action: 'submission.store' });
  });
});

describe('upload limits and errors', () => {
  it('413 for a file over the size limit, nothing stored', async () => {
    const before = await count('select * from submissions');
    const big = csvFor('24931', '2020') + 'x'.repeat(5000);
    const res = await s.upload('admin', [{ name: 'big.csv', text: big }]);
    expect(res.status).toBe(413);
    expect((await json(res)).message).toContain('big.csv');
    expect(await count('select * from submissions')).toBe(before);
  });

  it('413 for a request whose Content-Length is over the request limit, before reading it', async () => {
    const res = await s.app.request('/api/submissions', {
      method: 'POST',
      body: 'x',
      headers: { ...s.auth('admin'), 'content-type': 'multipart/form-data; boundary=b', 'content-length': String(2 ** 40) },
    });
    expect(res.status).toBe(413);
    expect((await json(res)).message).toContain('MB');
  });

  it('413 for too many files', async () => {
    const files = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}.csv`, text: csvFor('24931', '2019') }));
    const res = await s.upload('admin', files);
    expect(res.status).toBe(413);
    expect((await json(res)).code).toBe('TOO_MANY_FILES');
  });

  it('415 for a body that is not multipart and for a file type never ingested', async () => {
    const res = await s.app.request('/api/submissions', {
      method: 'POST',
      body: 'abc',
      headers: { ...s.auth('admin'), 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(415);
    const exe = await s.upload('admin', [{ name: 'virus.exe', text: 'MZ' }]);
    expect(exe.status).toBe(415);
    expect((await json(exe)).message).toContain('virus.exe');
  });

  it('400 when no file field is sent', async () => {
    const form = new FormData();
    form.append('other', 'x');
    const res = await s.app.request('/api/submissions', { method: 'POST', body: form, headers: s.auth('admin') });
    expect(res.status).toBe(400);
    expect((await json(res)).code).toBe('NO_FILES');
  });

  it('a file that no plugin reads is a rejected result, not an HTTP error', async () => {
    const res = await s.upload('admin', [{ name: 'notes.txt', text: 'xin chào' }]);
    expect(res.status).toBe(200);
    expect((await json(res))[0]).toMatchObject({ status: 'rejected', submission_id: null });
  });
});
