import { ApiError, networkError } from '../errors';

export type Query = Record<string, string | number | null | undefined>;

/** Where the API is and which token to send: the page passes `''` (same origin) and sessionStorage. */
export interface ApiTarget {
  /** Prefix of `api/...`: `''` on the page (relative to the document), `http://127.0.0.1:port/` in tests. */
  base: string;
  token(): string | null;
}

export interface Http {
  url(path: string, query?: Query): string;
  get<T>(path: string, query?: Query): Promise<T>;
  post<T>(path: string, body: FormData): Promise<T>;
  /** The answer's bytes and the file name the server gives (Content-Disposition), else `fallbackName`. */
  file(path: string, query: Query, fallbackName: string): Promise<{ blob: Blob; name: string }>;
}

async function failure(response: Response, path: string): Promise<ApiError> {
  const text = await response.text();
  let body: { code?: unknown; message?: unknown } = {};
  if (text.startsWith('{')) body = JSON.parse(text) as typeof body;
  const code = typeof body.code === 'string' ? body.code : `HTTP_${response.status}`;
  const message =
    typeof body.message === 'string'
      ? body.message
      : response.status === 401
        ? 'Cần đăng nhập để xem nội dung này.'
        : `Máy chủ trả lỗi ${response.status} cho ${path}.`;
  return new ApiError(response.status, code, message);
}

/** The transport: URLs under `api/`, the bearer token, API errors as `ApiError`. */
export function createHttp(target: ApiTarget): Http {
  const url = (path: string, query: Query = {}): string => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
    }
    const search = params.toString();
    return `${target.base}api/${path}${search ? `?${search}` : ''}`;
  };
  const send = async (path: string, init: RequestInit): Promise<Response> => {
    const token = target.token();
    let response: Response;
    try {
      response = await fetch(path, { ...init, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...init.headers } });
    } catch (cause) {
      throw networkError(path, cause);
    }
    if (!response.ok) throw await failure(response, path);
    return response;
  };
  const json = { Accept: 'application/json' };
  return {
    url,
    get: async <T>(path: string, query: Query = {}) => (await (await send(url(path, query), { headers: json })).json()) as T,
    post: async <T>(path: string, body: FormData) => (await (await send(url(path), { method: 'POST', body, headers: json })).json()) as T,
    async file(path, query, fallbackName) {
      const response = await send(url(path, query), {});
      const disposition = response.headers.get('Content-Disposition') ?? '';
      const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
      const name = match ? decodeURIComponent(match[1] ?? match[2] ?? fallbackName) : fallbackName;
      return { blob: await response.blob(), name };
    },
  };
}

/** Saves a file the browser way (the token must go in a header, so a plain link will not do). */
export function saveFile({ blob, name }: { blob: Blob; name: string }): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
