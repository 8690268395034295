import type { Context, Hono } from 'hono';
import { ApiError } from '../errors';

/** `/api/submissions/:id` → a RegExp over request paths. */
function pathPattern(path: string): RegExp {
  const source = path.split('/').map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
  return new RegExp(`^${source}/?$`);
}

/**
 * The not-found handler: 405 (with `Allow`) when the path exists under another method, else 404.
 * Both are JSON `{code, message}`.
 */
export function fallbackFor(app: Hono<any, any, any>) {
  let table: { method: string; re: RegExp }[] | null = null;
  return (c: Context) => {
    table ??= app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => ({ method: r.method, re: pathPattern(r.path) }));
    const allowed = [...new Set(table.filter((r) => r.re.test(c.req.path)).map((r) => r.method))];
    if (allowed.length > 0) {
      c.header('Allow', allowed.join(', '));
      throw new ApiError('METHOD_NOT_ALLOWED', `Phương thức ${c.req.method} không được hỗ trợ cho ${c.req.path} (dùng: ${allowed.join(', ')}).`);
    }
    throw new ApiError('NOT_FOUND', `Không tìm thấy đường dẫn ${c.req.path}.`);
  };
}
