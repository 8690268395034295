import type { OpenAPIHono } from '@hono/zod-openapi';
import { ApiError } from '../errors';
import { ErrorSchema } from '../schemas';
import type { AppEnv } from './env';

export type Api = OpenAPIHono<AppEnv>;

const DESCRIPTIONS: Record<number, string> = {
  400: 'Thiếu tham số',
  401: 'Chưa xác thực',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  413: 'Quá lớn',
  415: 'Sai kiểu dữ liệu',
  422: 'Tham số không hợp lệ',
  501: 'Chưa sẵn sàng',
  504: 'Quá thời gian',
};

/** The error responses of a route, for the OpenAPI document (bodies are always `{code, message}`). */
export function errorResponses(...statuses: number[]) {
  const out: Record<number, { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }> = {};
  for (const s of [401, ...statuses])
    out[s] = { description: DESCRIPTIONS[s] ?? 'Lỗi', content: { 'application/json': { schema: ErrorSchema } } };
  return out;
}

/** The injected feature, or 501 NOT_IMPLEMENTED when its package has not been wired. */
export function required<T>(feature: T | undefined, what: string): T {
  if (feature === undefined) throw new ApiError('NOT_IMPLEMENTED', `Chức năng "${what}" chưa sẵn sàng trên máy chủ này.`);
  return feature;
}

/** A query parameter that may be repeated (`?indicator=A&indicator=B`) or comma-separated. */
export function listParam(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
