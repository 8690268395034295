import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../src/auth/users';
import { serve, type RunningServer } from '../src/server';
import { csvFor, json, setup, type Setup } from './helpers';

/** A clock the test moves: tokens expire and minutes end when it says so. */
let now = new Date('2026-11-22T03:00:00.000Z');
const clock = () => now;
let s: Setup;
let server: RunningServer;
beforeAll(async () => {
  s = await setup({ deps: { clock }, limits: { tokenCacheMs: 60_000 } });
  server = await serve({ deps: s.deps, port: 0 });
});
afterAll(async () => {
  await server.close();
  await s.close();
});

const get = (path: string, token?: string) => fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const admin = () => s.tokens.admin;
const until = async <T>(read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> => {
  for (let i = 0; i < 100; i++) {
    const v = await read();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  return read();
};

describe('tokens: expiry, last use, revocation, unique names (issue 12 item 7)', () => {
  it('an uploader token expires after 90 days by default; others never unless asked', async () => {
    const up = await addUser(s.deps.warehouse, { name: 'xa-ro-men', role: 'uploader', unitCode: '24931' }, { actor: 'test', clock });
    expect(up.expires_at).toBe('2027-02-20T03:00:00.000Z');
    const viewer = await addUser(s.deps.warehouse, { name: 'doc-gia', role: 'viewer' }, { actor: 'test', clock });
    expect(viewer.expires_at).toBeNull();
    const short = await addUser(s.deps.warehouse, { name: 'tam-thoi', role: 'viewer', expires: '2h' }, { actor: 'test', clock });
    expect((await get('/api/me', short.token)).status).toBe(200);
    now = new Date(now.getTime() + 2 * 3_600_000);
    const expired = await get('/api/me', short.token);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ code: 'TOKEN_EXPIRED' });
    expect((await get('/api/me', viewer.token)).status).toBe(200);
  });

  it('refuses a second user with the same name (case and spaces aside), 409 on the API', async () => {
    await expect(addUser(s.deps.warehouse, { name: '  Doc-Gia ', role: 'viewer' }, { actor: 'test', clock })).rejects.toMatchObject({
      code: 'USER_NAME_TAKEN',
    });
    const res = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'doc-gia', role: 'viewer' }),
    });
    expect(res.status).toBe(409);
    expect((await res.json()).message).toContain('doc-gia');
  });

  it('admins list, create and revoke through the API; a revoked token is refused at once', async () => {
    const created = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin()}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'can-bo-moi', role: 'uploader', unit: '679', expires: '30d' }),
    });
    expect(created.status).toBe(201);
    const user = await created.json();
    expect(user.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await get('/api/me', user.token)).status).toBe(200); // now remembered for a minute
    const list = await json(await get('/api/users', admin()));
    const row = list.find((u: { name: string }) => u.name === 'can-bo-moi');
    expect(row).toMatchObject({ role: 'uploader', unit: '679', active_tokens: 1, revoked_at: null });
    expect(row.last_used_at).toBe(now.toISOString());
    expect(Date.parse(row.expires_at) - now.getTime()).toBe(30 * 86_400_000);

    const revoked = await fetch(`${server.url}/api/users/can-bo-moi/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin()}` },
    });
    expect(await revoked.json()).toMatchObject({ id: user.id, revoked: 1 });
    expect((await get('/api/me', user.token)).status).toBe(401);
    const after = (await json(await get('/api/users', admin()))).find((u: { name: string }) => u.name === 'can-bo-moi');
    expect(after).toMatchObject({ active_tokens: 0, revoked_at: now.toISOString() });
    expect((await get('/api/users', s.tokens.uploader)).status).toBe(403);
    expect(
      (await fetch(`${server.url}/api/users/khong-ai/revoke`, { method: 'POST', headers: { authorization: `Bearer ${admin()}` } })).status,
    ).toBe(404);
  });
});

describe('the audit log answers who, what, when, from where (issue 12 item 8)', () => {
  it('records the user id in the actor and the client address of a real request', async () => {
    const res = await fetch(`${server.url}/api/submissions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.tokens.uploader}` },
      body: (() => {
        const f = new FormData();
        f.append('file', new File([csvFor('24931', '2017')], 'a.csv'));
        return f;
      })(),
    });
    expect(res.status).toBe(200);
    const rows = await s.deps.warehouse.query<{ actor: string; client: string | null; id: string }>(
      `select a.actor, a.client, u.id from audit_log a join users u on a.actor = 'user:' || u.name || '#' || u.id
       where a.action = 'submission.store' and u.name = 'dam-rong'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    await get('/api/submissions', s.tokens.viewer); // 403 → access.denied with the client
    const denied = await s.deps.warehouse.query<{ client: string | null }>(
      "select client from audit_log where action = 'access.denied' order by id desc limit 1",
    );
    expect(denied[0]?.client).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
  });

  it('401s are counted per client, reason and minute: a flood of 500 bad tokens writes one row', async () => {
    const before = await s.deps.warehouse.query("select * from audit_log where action = 'auth.failed'");
    await Promise.all(Array.from({ length: 500 }, () => get('/api/me', 'x'.repeat(43))));
    await get('/api/me');
    now = new Date(now.getTime() + 61_000); // the minute ends; the next 401 writes the counts
    await get('/api/me');
    const rows = await until(
      () =>
        s.deps.warehouse.query<{ target: string; detail: string; client: string }>(
          "select target, detail::varchar as detail, client from audit_log where action = 'auth.failed'",
        ),
      (r) => r.length >= before.length + 3,
    );
    const added = rows.slice(before.length);
    // One row per reason: the flood, the request without a token, and the expired token of the first test.
    expect(added.map((r) => r.target).sort()).toEqual(['expired', 'no-token', 'unknown-token']);
    const unknown = added.find((r) => r.target === 'unknown-token');
    // The 500 of the flood and the revoked token refused in the test above, in the same minute.
    expect(JSON.parse(unknown?.detail ?? '{}').count).toBe(501);
    expect(unknown?.client).toMatch(/127\.0\.0\.1|::1/);
    expect(added.find((r) => r.target === 'no-token')).toBeDefined();
  });

  it('upload refusals (400, 413, 415) are audited with who', async () => {
    const res = await fetch(`${server.url}/api/submissions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${s.tokens.uploader}`, 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(res.status).toBe(415);
    const rows = await s.deps.warehouse.query<{ actor: string; target: string; client: string }>(
      "select actor, target, client from audit_log where action = 'upload.refuse'",
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ target: 'UNSUPPORTED_MEDIA_TYPE', actor: expect.stringMatching(/^user:dam-rong#/) }),
    );
  });
});

describe('a flood from many addresses stays bounded', () => {
  it('at most 50 client/reason rows a minute, the rest counted under "other"', async () => {
    const { createFailedAuthLog } = await import('../src/auth/failed-auth');
    const { silentLogger } = await import('../src/deps');
    let t = new Date('2030-01-01T00:00:10Z');
    const log = createFailedAuthLog(s.deps.warehouse, () => t, silentLogger);
    for (let i = 0; i < 1000; i++) log.record(`10.0.${i >> 8}.${i & 255}`, 'unknown-token');
    t = new Date('2030-01-01T00:01:10Z');
    await log.flush();
    log.stop();
    const rows = await s.deps.warehouse.query<{ client: string; n: number }>(
      "select client, (detail->>'count')::int as n from audit_log where action = 'auth.failed' and (detail->>'minute') = '2030-01-01T00:00:00.000Z'",
    );
    expect(rows).toHaveLength(51);
    expect(rows.reduce((sum, r) => sum + r.n, 0)).toBe(1000);
    expect(rows.find((r) => r.client === 'other')?.n).toBe(950);
  });
});
