import { ApiError, networkError } from '../errors';
import { readToken } from './token';

export type Query = Record<string, string | number | null | undefined>;

export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `api/${path}${search ? `?${search}` : ''}`;
}

function headers(): Record<string, string> {
  const token = readToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
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

async function send(path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { ...headers(), ...init.headers } });
  } catch (cause) {
    throw networkError(path, cause);
  }
  if (!response.ok) throw await failure(response, path);
  return response;
}

export async function getJson<T>(path: string, query: Query = {}): Promise<T> {
  const response = await send(apiUrl(path, query), { headers: { Accept: 'application/json' } });
  return (await response.json()) as T;
}

export async function postForm<T>(path: string, body: FormData): Promise<T> {
  const response = await send(apiUrl(path), { method: 'POST', body, headers: { Accept: 'application/json' } });
  return (await response.json()) as T;
}

/** Downloads a protected file (the token must go in a header, so a plain link will not do). */
export async function download(path: string, query: Query, fallbackName: string): Promise<void> {
  const response = await send(apiUrl(path, query), {});
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1] ?? match[2] ?? fallbackName) : fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
