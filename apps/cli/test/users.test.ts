import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '@tonghop/warehouse';
import { freshDb, MAIN, REPO, runCli, TSX } from './run-cli';

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGTERM');
});

/** `tonghop serve --port 0 --json` in a child process; resolves with its URL once it listens. */
function startServer(db: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [MAIN, 'serve', '--port', '0', '--json', '--db', db], {
      cwd: REPO,
      env: { ...process.env, UV_THREADPOOL_SIZE: '16', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve({ url: (JSON.parse(line) as { url: string }).url, child });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
}

describe('tonghop users (issue 12 item 7)', () => {
  it('add (unique name, expiry), list (last use, expiry), revoke — on the database file', async () => {
    const db = await freshDb();
    const up = await runCli(['users', 'add', '--name', 'xa-ro-men', '--role', 'uploader', '--unit', '24931', '--json', '--db', db]);
    expect(up.code).toBe(0);
    const created = JSON.parse(up.stdout);
    expect(Date.parse(created.expires_at) - Date.now()).toBeGreaterThan(89 * 86_400_000);
    const again = await runCli(['users', 'add', '--name', 'XA-RO-MEN', '--role', 'viewer', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Đã có người dùng tên "XA-RO-MEN"');
    const bad = await runCli(['users', 'add', '--name', 'x', '--role', 'viewer', '--expires', 'mai', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Thời hạn "mai" không hợp lệ');

    const list = await runCli(['users', 'list', '--db', db]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(
      /xa-ro-men \[uploader, đơn vị 24931\] — 1 mã còn hiệu lực, hết hạn: \d{4}-\d\d-\d\d .* UTC; dùng lần cuối: chưa dùng/,
    );

    const revoked = await runCli(['users', 'revoke', 'xa-ro-men', '--json', '--db', db]);
    expect(JSON.parse(revoked.stdout)).toMatchObject({ id: created.id, revoked: 1 });
    const wh = await openWarehouse({ path: db });
    try {
      const audit = await wh.query<{ action: string; actor: string }>(
        "select action, actor from audit_log where action like 'user.%' order by id",
      );
      expect(audit.map((a) => a.action)).toEqual(['user.add', 'user.revoke']);
      expect(audit[0]?.actor).toMatch(/^cli:[^@]+@.+$/);
    } finally {
      await wh.close();
    }
  });

  it('beside a running server: --server and an admin token go through the API; the revocation holds at once', async () => {
    const db = await freshDb();
    const admin = JSON.parse((await runCli(['users', 'add', '--name', 'quan-tri', '--role', 'admin', '--json', '--db', db])).stdout);
    const viewer = JSON.parse((await runCli(['users', 'add', '--name', 'lanh-dao', '--role', 'viewer', '--json', '--db', db])).stdout);
    const { url } = await startServer(db);
    const remote = ['--server', url, '--token', admin.token];
    expect((await fetch(`${url}/api/me`, { headers: { authorization: `Bearer ${viewer.token}` } })).status).toBe(200);

    const list = await runCli(['users', 'list', '--json', ...remote]);
    expect(list.code).toBe(0);
    const users = JSON.parse(list.stdout);
    expect(users.find((u: { name: string }) => u.name === 'lanh-dao').last_used_at).not.toBeNull();

    const added = await runCli(['users', 'add', '--name', 'can-bo', '--role', 'analyst', '--expires', '7d', '--json', ...remote]);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout).expires_at).not.toBeNull();

    const revoked = await runCli(['users', 'revoke', 'lanh-dao', ...remote]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain('Đã thu hồi 1 mã truy cập của "lanh-dao"');
    expect((await fetch(`${url}/api/me`, { headers: { authorization: `Bearer ${viewer.token}` } })).status).toBe(401);

    const wrong = await runCli(['users', 'list', '--server', url, '--token', viewer.token]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Mã truy cập (token) không hợp lệ');
    const noServer = await runCli(['users', 'list', '--server', 'http://127.0.0.1:9', '--token', admin.token]);
    expect(noServer.code).toBe(1);
    expect(noServer.stderr).toContain('Không kết nối được máy chủ');
  }, 60_000);
});
