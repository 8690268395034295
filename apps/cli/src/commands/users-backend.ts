import type { CreatedUserBody, RevokedBody, Role, UserBody } from '@tonghop/api';
import { TonghopError } from '@tonghop/core';
import { withContext } from '../context';
import type { GlobalArgs } from '../global-args';

/** What `tonghop users` does, wherever the users live. */
export interface UsersBackend {
  add(input: { name: string; role: Role; unit: string | null; expires: string | null }): Promise<CreatedUserBody>;
  list(): Promise<UserBody[]>;
  revoke(user: string): Promise<RevokedBody>;
}

export interface UsersArgs extends GlobalArgs {
  server?: string | undefined;
  token?: string | undefined;
}

/** A failure answered by the server (its code and Vietnamese message), or the server out of reach. */
export class RemoteError extends TonghopError {
  constructor(code: string, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
    this.name = 'RemoteError';
  }
}

/**
 * The running server's API when `--server URL` (or TONGHOP_SERVER) is given, with an admin token
 * (`--token`, TONGHOP_TOKEN): a server holds the database file, and DuckDB lets no second process
 * open it. Otherwise the database itself (the server must not be running).
 */
export function usersBackend(args: UsersArgs, env: NodeJS.ProcessEnv = process.env): UsersBackend {
  const server = args.server || env.TONGHOP_SERVER;
  if (server) return remote(server, args.token || env.TONGHOP_TOKEN || '');
  return local(args);
}

function local(args: GlobalArgs): UsersBackend {
  // The API package (hono, DuckDB...) loads when a command runs, not for `tonghop --help`.
  const api = () => import('@tonghop/api');
  return {
    add: (input) =>
      withContext(args, async (ctx) =>
        (await api()).addUser(
          ctx.warehouse,
          { name: input.name, role: input.role, unitCode: input.unit, expires: input.expires },
          { actor: ctx.actor, clock: ctx.clock },
        ),
      ),
    list: () => withContext(args, async (ctx) => (await api()).listUsers(ctx.warehouse, ctx.clock())),
    revoke: (user) =>
      withContext(args, async (ctx) => (await api()).revokeUser(ctx.warehouse, user, { actor: ctx.actor, clock: ctx.clock })),
  };
}

function remote(server: string, token: string): UsersBackend {
  if (token === '') {
    throw new RemoteError(
      'CLI_TOKEN_REQUIRED',
      'Dùng --server thì cần mã truy cập của quản trị viên: --token TOKEN hoặc biến TONGHOP_TOKEN.',
    );
  }
  const base = server.replace(/\/+$/, '');
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error: unknown) {
      throw new RemoteError('CLI_SERVER_UNREACHABLE', `Không kết nối được máy chủ ${base} (máy chủ chưa chạy hoặc sai địa chỉ).`, {
        cause: error,
      });
    }
    const text = await res.text();
    const parsed = text === '' ? null : (JSON.parse(text) as unknown);
    if (!res.ok) {
      const e = (parsed ?? {}) as { code?: string; message?: string };
      throw new RemoteError(e.code ?? `HTTP_${res.status}`, e.message ?? `Máy chủ trả lời ${res.status}.`);
    }
    return parsed as T;
  }
  return {
    add: (input) => call('POST', '/api/users', input),
    list: () => call('GET', '/api/users'),
    revoke: (user) => call('POST', `/api/users/${encodeURIComponent(user)}/revoke`),
  };
}
