import { z } from '@hono/zod-openapi';
import type { Unit } from '@tonghop/core';
import { actorOf, type Principal } from '../auth/roles';
import { subtreeCodes } from '../auth/subtree';
import type { AppDeps } from '../deps';
import { ApiError } from '../errors';
import { need } from '../http/auth';
import { errorResponses, required, type Api } from '../http/openapi';
import { IngestResultSchema, UploadBodySchema, type IngestResultBody } from '../schemas';
import { receiveMultipart } from '../upload/multipart';
import type { Refresher } from '../upload/refresher';

/** The code the ingest orchestrator gives a submission for a unit the uploader may not submit for. */
export const UNIT_FORBIDDEN = 'UNIT_FORBIDDEN';

async function accessCheck(deps: AppDeps, user: Principal): Promise<((unit: Unit) => boolean) | undefined> {
  if (user.role === 'admin') return undefined;
  if (!user.unitCode) return () => false;
  const allowed = subtreeCodes(await deps.warehouse.listUnits(), user.unitCode);
  return (unit) => allowed.has(unit.code);
}

/**
 * POST /api/submissions. Declared in the OpenAPI registry but not validated by it: the body is
 * streamed to disk by busboy instead of being parsed (and buffered) by the validator.
 */
export function registerUpload(app: Api, refresher: Refresher | null): void {
  app.openAPIRegistry.registerPath({
    method: 'post',
    path: '/api/submissions',
    tags: ['submissions'],
    summary: 'Upload one or many files (field `file`); the `ingest --json` array',
    request: { body: { content: { 'multipart/form-data': { schema: UploadBodySchema } } } },
    responses: {
      200: { description: 'Kết quả từng báo cáo', content: { 'application/json': { schema: z.array(IngestResultSchema) } } },
      ...errorResponses(400, 403, 413, 415, 501, 504),
    },
  });

  app.post('/api/submissions', need('upload'), async (c) => {
    const deps = c.get('deps');
    const ingest = required(deps.ingest, 'nộp báo cáo');
    const user = c.get('user');
    const actor = actorOf(user);
    const mayUploadFor = await accessCheck(deps, user);
    const upload = await receiveMultipart(c.req.raw, deps.limits).catch(async (error: unknown) => {
      // 400 / 413 / 415: who tried to send what, from where (the body itself is gone).
      if (error instanceof ApiError) {
        await deps.warehouse.audit({
          actor,
          action: 'upload.refuse',
          target: error.code,
          detail: { status: error.status, message: error.message, bytes: c.req.header('content-length') ?? null },
        });
      }
      throw error;
    });
    let results: IngestResultBody[];
    try {
      results = await ingest(upload.files, { actor, ...(mayUploadFor ? { mayUploadFor } : {}), signal: c.req.raw.signal });
    } finally {
      await upload.cleanup();
    }
    const denied = results.filter((r) => r.errors.some((e) => e.rule === UNIT_FORBIDDEN));
    for (const r of denied) {
      await deps.warehouse.audit({
        actor,
        action: 'access.denied',
        target: r.unit ?? r.file,
        detail: { file: r.file, unit: r.unit, period: r.period, form: r.form, role: user.role },
      });
    }
    if (refresher && results.some((r) => r.submission_id !== null && r.status !== 'rejected')) {
      const refreshed = await refresher.refresh().then(
        () => true,
        (error: unknown) => {
          deps.logger.error('figure refresh after upload failed', { error: String(error) });
          return false;
        },
      );
      c.header('X-Tonghop-Figures', refreshed ? 'refreshed' : 'stale');
    }
    if (denied.length > 0 && denied.length === results.length) {
      throw new ApiError(
        'FORBIDDEN_UNIT',
        `Bạn (${user.name}) không được phép nộp báo cáo cho đơn vị ${[...new Set(denied.map((r) => r.unit ?? '?'))].join(', ')}; không có gì được lưu.`,
        { extra: { results } },
      );
    }
    return c.json(results, 200);
  });
}
