import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { WarehouseLike } from '../deps';
import type { AppEnv } from './env';

/**
 * The client's address: the socket's peer on a real port (node-server), `X-Forwarded-For`'s first
 * hop only when the server is told it stands behind a proxy (`trustProxy`), null under `app.request`.
 */
export function clientAddress(c: Context, trustProxy = false): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  if (!(c.env as { incoming?: unknown } | undefined)?.incoming) return null;
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch (error: unknown) {
    void error; // no socket (a test request): no address
    return null;
  }
}

/** Every audit entry a request writes through `deps.warehouse` carries its client address. */
export const auditClient = createMiddleware<AppEnv>(async (c, next) => {
  const deps = c.get('deps');
  const client = clientAddress(c, deps.trustProxy === true);
  c.set('client', client);
  if (client !== null) c.set('deps', { ...deps, warehouse: withClient(deps.warehouse, client) });
  await next();
});

function withClient(w: WarehouseLike, client: string): WarehouseLike {
  return {
    query: <T>(sql: string, params?: unknown[]) => w.query<T>(sql, params),
    write: (fn) => w.write(fn),
    listUnits: () => w.listUnits(),
    audit: (entry) => w.audit({ client, ...entry }),
  };
}
