import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { TonghopError, TonghopInputError } from '@tonghop/core';
import { TemplateError } from '@tonghop/excel-templates';
import { FiguresError } from '@tonghop/figures';
import { ReportExportError } from '@tonghop/report-export';
import { storageFailure } from '@tonghop/warehouse';
import { API_ERRORS, ApiError } from '../errors';
import type { AppEnv } from './env';

/** Codes of the other packages that mean "the thing asked for does not exist". */
const NOT_FOUND_CODES = new Set([
  'USER_NOT_FOUND',
  'UNIT_NOT_FOUND',
  'SUBMISSION_NOT_FOUND',
  'INDICATOR_UNKNOWN',
  'INDICATOR_NOT_FOUND',
  'NOT_FOUND',
]);
/** The figures exist only after a pipeline run: 409, the message says to run it. */
const CONFLICT_CODES = new Set(['FIGURES_NOT_RUN', 'USER_NAME_TAKEN']);

function body(c: Context, status: number, code: string, message: string, extra?: Record<string, unknown>) {
  return c.json({ ...extra, code, message }, status as ContentfulStatusCode);
}

/**
 * The one place errors become responses: ApiError → its status; a TonghopError from a package
 * that is a TonghopInputError (bad input the user can fix) → 404/422 with its Vietnamese message; anything else → a generic
 * Vietnamese 500, with code and cause in the log only. Never a stack trace to the client.
 */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof ApiError) return body(c, err.status, err.code, err.message, err.extra);
  if (err instanceof FiguresError) {
    return body(c, NOT_FOUND_CODES.has(err.code) ? 404 : CONFLICT_CODES.has(err.code) ? 409 : 422, err.code, err.message);
  }
  if (err instanceof TemplateError || (err instanceof ReportExportError && err.code === 'EXPORT_UNIT_MISSING')) {
    return body(c, 422, err.code, err.message);
  }
  if (err instanceof TonghopInputError) {
    return body(c, NOT_FOUND_CODES.has(err.code) ? 404 : CONFLICT_CODES.has(err.code) ? 409 : 422, err.code, err.message);
  }
  if (err instanceof HTTPException) {
    if (err.status === 504) return body(c, 504, 'TIMEOUT', API_ERRORS.TIMEOUT.message);
    if (err.status === 413) return body(c, 413, 'PAYLOAD_TOO_LARGE', API_ERRORS.PAYLOAD_TOO_LARGE.message);
    if (err.status < 500) return body(c, err.status, 'BAD_REQUEST', API_ERRORS.BAD_REQUEST.message);
  }
  const storage = storageFailure(err, { showPath: false });
  if (storage) {
    c.get('deps')?.logger.error('storage failed', { method: c.req.method, path: c.req.path, code: storage.code, error: err.message });
    return body(c, 503, 'STORAGE_UNAVAILABLE', storage.message);
  }
  const code = err instanceof TonghopError ? err.code : 'INTERNAL';
  c.get('deps')?.logger.error('request failed', {
    method: c.req.method,
    path: c.req.path,
    code,
    error: err.message,
    cause: String((err as { cause?: unknown }).cause ?? ''),
    stack: err.stack,
  });
  return body(c, 500, 'INTERNAL', API_ERRORS.INTERNAL.message);
};
