import { createMiddleware } from 'hono/factory';
import { actorOf, ANONYMOUS_VIEWER, can, type Permission, type Principal } from '../auth/roles';
import { bearerToken, hashToken } from '../auth/tokens';
import { findUserByToken } from '../auth/users';
import { ApiError } from '../errors';
import type { AppEnv } from './env';

/**
 * Resolves the caller from `Authorization: Bearer <token>`. No header: the anonymous viewer when
 * public reads are on, else 401. A header with an unknown or revoked token is always 401.
 * Known tokens are remembered for `ttlMs` (keyed by the token's hash), so a revocation takes
 * effect within that time; unknown tokens are never remembered.
 */
export function authenticate(ttlMs: number) {
  const known = new Map<string, { user: Principal; until: number }>();
  // One lookup per token at a time: when the entry expires under load, the requests in flight share it.
  const pending = new Map<string, Promise<Principal | null>>();
  return createMiddleware<AppEnv>(async (c, next) => {
    const deps = c.get('deps');
    const header = c.req.header('authorization');
    if (!header) {
      if (!deps.publicRead) throw new ApiError('UNAUTHORIZED');
      c.set('user', ANONYMOUS_VIEWER);
      return next();
    }
    const token = bearerToken(header);
    if (!token) throw new ApiError('UNAUTHORIZED', 'Mã truy cập (token) không hợp lệ hoặc đã bị thu hồi.');
    const key = hashToken(token);
    const now = Date.now();
    let user = known.get(key);
    if (!user || user.until < now) {
      let lookup = pending.get(key);
      if (!lookup) {
        lookup = findUserByToken(deps.warehouse, token).finally(() => pending.delete(key));
        pending.set(key, lookup);
      }
      const found = await lookup;
      if (!found) {
        known.delete(key);
        throw new ApiError('UNAUTHORIZED', 'Mã truy cập (token) không hợp lệ hoặc đã bị thu hồi.');
      }
      user = { user: found, until: now + ttlMs };
      if (ttlMs > 0) {
        if (known.size >= 10_000) known.clear();
        known.set(key, user);
      }
    }
    c.set('user', user.user);
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
