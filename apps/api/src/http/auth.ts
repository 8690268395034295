import { timingSafeEqual } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
import { createFailedAuthLog, type FailedAuthLog } from '../auth/failed-auth';
import { actorOf, ANONYMOUS_VIEWER, can, type Permission, type Principal } from '../auth/roles';
import { bearerToken, hashToken } from '../auth/tokens';
import { findUserByToken, touchToken } from '../auth/users';
import type { AppDeps } from '../deps';
import { ApiError } from '../errors';
import type { AppEnv } from './env';

/** The CLI beside a running server (`deps.localToken`): acts as an admin, recorded as `user:cli`. */
const LOCAL_CLI: Principal = { id: null, name: 'cli', role: 'admin', unitCode: null, anonymous: false };

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A token's last use is written at most this often (each write goes through the single writer). */
const TOUCH_EVERY_MS = 60_000;
const BAD_TOKEN = 'Mã truy cập (token) không hợp lệ hoặc đã bị thu hồi.';

/**
 * Resolves the caller from `Authorization: Bearer <token>`. No header: the anonymous viewer when
 * public reads are on, else 401. A header with an unknown, revoked or expired token is always 401.
 * Known tokens are remembered for `ttlMs` (keyed by the token's hash), so a revocation made
 * elsewhere (the CLI) takes effect within that time, one made through the API at once; unknown
 * tokens are never remembered. Every 401 is counted in the audit log (aggregated per minute, see
 * failed-auth.ts); each token's last use is recorded at most once a minute.
 */
export function authenticate(ttlMs: number) {
  const known = new Map<string, { user: Principal; until: number; expiresAt: number | null }>();
  const touched = new Map<string, number>();
  // One lookup per token at a time: when the entry expires under load, the requests in flight share it.
  const pending = new Map<string, ReturnType<typeof findUserByToken>>();
  let failures: FailedAuthLog | null = null;
  const refuse = (deps: AppDeps, client: string | null, reason: string, error: ApiError): never => {
    failures ??= createFailedAuthLog(deps.warehouse, deps.clock, deps.logger);
    failures.record(client, reason);
    throw error;
  };
  return createMiddleware<AppEnv>(async (c, next) => {
    const deps = c.get('deps');
    const client = c.get('client') ?? null;
    c.set('forgetTokens', () => known.clear());
    const header = c.req.header('authorization');
    if (!header) {
      if (!deps.publicRead) refuse(deps, client, 'no-token', new ApiError('UNAUTHORIZED'));
      c.set('user', ANONYMOUS_VIEWER);
      return next();
    }
    const token = bearerToken(header);
    if (!token) return refuse(deps, client, 'malformed', new ApiError('UNAUTHORIZED', BAD_TOKEN));
    if (deps.localToken !== undefined && sameToken(token, deps.localToken)) {
      c.set('user', LOCAL_CLI);
      return next();
    }
    const key = hashToken(token);
    const now = deps.clock().getTime();
    let entry = known.get(key);
    if (entry && (entry.until < now || (entry.expiresAt !== null && entry.expiresAt <= now))) {
      known.delete(key);
      entry = undefined;
    }
    if (!entry) {
      let lookup = pending.get(key);
      if (!lookup) {
        lookup = findUserByToken(deps.warehouse, token, new Date(now)).finally(() => pending.delete(key));
        pending.set(key, lookup);
      }
      const found = await lookup;
      if (!found.ok) {
        return found.reason === 'expired'
          ? refuse(deps, client, 'expired', new ApiError('TOKEN_EXPIRED'))
          : refuse(deps, client, 'unknown-token', new ApiError('UNAUTHORIZED', BAD_TOKEN));
      }
      entry = { user: found.user, until: now + ttlMs, expiresAt: found.expiresAt };
      if (ttlMs > 0) {
        if (known.size >= 10_000) known.clear();
        known.set(key, entry);
      }
    }
    if ((touched.get(key) ?? 0) + TOUCH_EVERY_MS <= now) {
      if (touched.size >= 10_000) touched.clear();
      touched.set(key, now);
      await touchToken(deps.warehouse, token, new Date(now));
    }
    c.set('user', entry.user);
    return next();
  });
}

/** Route middleware: 403 (and an `access.denied` audit entry) unless the caller's role may do this. */
export function need(permission: Permission) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const user = c.get('user');
    if (!can(user.role, permission)) {
      if (user.anonymous) throw new ApiError('UNAUTHORIZED');
      await c.get('deps').warehouse.audit({
        actor: actorOf(user),
        action: 'access.denied',
        target: `${c.req.method} ${c.req.path}`,
        detail: { role: user.role, permission },
      });
      throw new ApiError('FORBIDDEN', `Vai trò "${user.role}" không được phép: ${c.req.method} ${c.req.path}.`);
    }
    return next();
  });
}
