import type { Context } from 'hono';
import { ApiError } from '../errors';

interface FailedResult {
  success: false;
  target: string;
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
}

function rawValue(c: Context, target: string, name: string): string | undefined {
  if (target === 'query') return c.req.query(name);
  if (target === 'param') return c.req.param(name);
  return undefined;
}

/**
 * The default hook of every route: a missing parameter is 400 MISSING_PARAMETER, a malformed one
 * 422 INVALID_PARAMETER; both name the parameter and the value received.
 */
export function validationHook(result: { success: boolean } | FailedResult, c: Context): void {
  if (result.success) return;
  const failed = result as FailedResult;
  const issue = failed.error.issues[0];
  const name = issue?.path[0] === undefined ? failed.target : String(issue.path[0]);
  const raw = rawValue(c, failed.target, name);
  if (raw === undefined && failed.target !== 'json') {
    throw new ApiError('MISSING_PARAMETER', `Thiếu tham số bắt buộc "${name}".`);
  }
  throw new ApiError('INVALID_PARAMETER', `Tham số "${name}" không hợp lệ: "${raw ?? ''}".`);
}
