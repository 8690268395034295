import type { Context, Hono, MiddlewareHandler } from 'hono';
import { ApiError } from '../errors';

/** `/api/submissions/:id` → a RegExp over request paths. */
function pathPattern(path: string): RegExp {
  const source = path
    .split('/')
    .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}

/**
 * 404 / 405 for `/api` requests, decided before authentication so that an unknown path or method
 * is reported as such (and a public path such as the OpenAPI document never asks for a token).
 * The route table is read from the app on first use, when every route is registered.
 * Not hono/method-not-allowed: that middleware decides after the handlers (it turns their 404
 * into 405), so a wrong method without a token would get 401 from authentication first.
 */
export function routeGuard(app: Hono<any, any, any>) {
  let table: { method: string; re: RegExp }[] | null = null;

  function allowedMethods(path: string): string[] {
    table ??= app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => ({ method: r.method, re: pathPattern(r.path) }));
    return [...new Set(table.filter((r) => r.re.test(path)).map((r) => r.method))];
  }

  function refuse(c: Context, allowed: string[]): never {
    if (allowed.length > 0) {
      c.header('Allow', allowed.join(', '));
      throw new ApiError(
        'METHOD_NOT_ALLOWED',
        `Phương thức ${c.req.method} không được hỗ trợ cho ${c.req.path} (dùng: ${allowed.join(', ')}).`,
      );
    }
    throw new ApiError('NOT_FOUND', `Không tìm thấy đường dẫn ${c.req.path}.`);
  }

  const guard: MiddlewareHandler = async (c, next) => {
    const allowed = allowedMethods(c.req.path);
    const method = c.req.method === 'HEAD' ? 'GET' : c.req.method;
    if (!allowed.includes(method)) refuse(c, allowed);
    await next();
  };
  /** For whatever reaches the end of the chain under /api. */
  const fallback = (c: Context) => refuse(c, allowedMethods(c.req.path));
  return { guard, fallback };
}
