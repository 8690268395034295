import { TonghopError } from '@tonghop/core';

/** The codes the CLI gives failures of the server connection itself. */
export const CLIENT_CODES = {
  SERVER_UNREACHABLE: 'CLI_SERVER_UNREACHABLE',
  SERVER_REFUSED: 'CLI_SERVER_REFUSED',
} as const;

export type Query = Record<string, string | readonly string[] | undefined>;

export interface RequestOptions {
  query?: Query;
  /** A JSON body. */
  json?: unknown;
  /** A multipart body (uploads). */
  form?: FormData;
}

/**
 * The CLI's client of a running `tonghop serve` (the same API as the page, as the local admin).
 * A refused request throws a TonghopError with the server's code and Vietnamese message, so a
 * command prints and exits the same way as when it opens the database itself.
 */
export interface ApiClient {
  readonly url: string;
  json<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, opts?: RequestOptions): Promise<T>;
  bytes(path: string, opts?: RequestOptions): Promise<Uint8Array>;
}

function target(base: string, path: string, query: Query = {}): string {
  const url = new URL(path, base);
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const v of typeof value === 'string' ? [value] : value) url.searchParams.append(key, v);
  }
  return url.toString();
}

export function createApiClient(base: string, token: string, fetchImpl: typeof fetch = fetch): ApiClient {
  async function send(method: string, path: string, opts: RequestOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    let body: string | FormData | undefined;
    if (opts.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.json);
    } else if (opts.form) body = opts.form;
    let res: Response;
    try {
      res = await fetchImpl(target(base, path, opts.query), { method, headers, ...(body !== undefined ? { body } : {}) });
    } catch (error: unknown) {
      throw new TonghopError(CLIENT_CODES.SERVER_UNREACHABLE, `Không kết nối được máy chủ tonghop tại ${base} (${path}).`, {
        cause: error,
      });
    }
    if (res.ok) return res;
    const text = await res.text();
    let parsed: { code?: unknown; message?: unknown } = {};
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch (error: unknown) {
      throw new TonghopError(CLIENT_CODES.SERVER_REFUSED, `Máy chủ tonghop trả lời ${res.status} cho ${method} ${path}.`, {
        cause: error,
      });
    }
    const code = typeof parsed.code === 'string' ? parsed.code : CLIENT_CODES.SERVER_REFUSED;
    const message = typeof parsed.message === 'string' ? parsed.message : `Máy chủ tonghop trả lời ${res.status}.`;
    throw new TonghopError(code, message, { cause: { status: res.status, body: parsed } });
  }
  return {
    url: base,
    async json<T>(method: string, path: string, opts?: RequestOptions) {
      return (await (await send(method, path, opts)).json()) as T;
    },
    async bytes(path, opts) {
      return new Uint8Array(await (await send('GET', path, opts)).arrayBuffer());
    },
  };
}
