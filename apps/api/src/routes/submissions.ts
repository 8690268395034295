import { createRoute, z } from '@hono/zod-openapi';
import { ApiError } from '../errors';
import { need } from '../http/auth';
import { errorResponses, required, type Api } from '../http/openapi';
import { BinarySchema, FactSchema, FormParam, IdParam, PeriodParam, SubmissionDetailSchema, SubmissionSchema, UnitParam } from '../schemas';
import { factsOf, getSubmission, issuesOf, listSubmissions, versionsOf } from '../submissions-store';

export const listRoute = createRoute({
  method: 'get',
  path: '/api/submissions',
  tags: ['submissions'],
  summary: 'Submissions, every version',
  middleware: [need('read:submissions')] as const,
  request: {
    query: z.object({
      unit: UnitParam.optional(),
      period: PeriodParam.optional(),
      form: FormParam.optional(),
      status: z.enum(['accepted', 'rejected', 'warning']).optional(),
      limit: z.coerce.number().int().min(1).max(5000).default(500),
      offset: z.coerce.number().int().min(0).default(0),
    }),
  },
  responses: {
    200: { description: 'Danh sách báo cáo (mọi phiên bản)', content: { 'application/json': { schema: z.array(SubmissionSchema) } } },
    ...errorResponses(403, 422),
  },
});

export const getRoute = createRoute({
  method: 'get',
  path: '/api/submissions/{id}',
  tags: ['submissions'],
  summary: 'One submission with its versions and issues',
  middleware: [need('read:submissions')] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'Một báo cáo', content: { 'application/json': { schema: SubmissionDetailSchema } } },
    ...errorResponses(403, 404, 422),
  },
});

export const factsRoute = createRoute({
  method: 'get',
  path: '/api/submissions/{id}/facts',
  tags: ['submissions'],
  summary: 'Its facts with cell sources',
  middleware: [need('read:submissions')] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'Số liệu của báo cáo', content: { 'application/json': { schema: z.array(FactSchema) } } },
    ...errorResponses(403, 404, 422),
  },
});

export const fileRoute = createRoute({
  method: 'get',
  path: '/api/submissions/{id}/file',
  tags: ['submissions'],
  summary: 'The original bytes',
  middleware: [need('read:submissions')] as const,
  request: { params: IdParam },
  responses: {
    200: { description: 'Tệp gốc', content: { 'application/octet-stream': { schema: BinarySchema } } },
    ...errorResponses(403, 404, 422),
  },
});

const MEDIA: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
  xls: 'application/vnd.ms-excel',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  txt: 'text/plain',
};

/** `attachment; filename="ascii"; filename*=UTF-8''…` so Vietnamese names survive. */
export function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function registerSubmissions(app: Api): void {
  app.openapi(listRoute, async (c) => c.json(await listSubmissions(c.get('deps').warehouse, c.req.valid('query')), 200));

  app.openapi(getRoute, async (c) => {
    const { warehouse } = c.get('deps');
    const s = await getSubmission(warehouse, c.req.valid('param').id);
    if (!s) throw new ApiError('SUBMISSION_NOT_FOUND', `Không tìm thấy báo cáo số ${c.req.valid('param').id}.`);
    return c.json({ ...s, versions: await versionsOf(warehouse, s), ...(await issuesOf(warehouse, s.id)) }, 200);
  });

  app.openapi(factsRoute, async (c) => {
    const { warehouse } = c.get('deps');
    const { id } = c.req.valid('param');
    if (!(await getSubmission(warehouse, id))) throw new ApiError('SUBMISSION_NOT_FOUND', `Không tìm thấy báo cáo số ${id}.`);
    return c.json(await factsOf(warehouse, id), 200);
  });

  app.openapi(fileRoute, async (c) => {
    const deps = c.get('deps');
    const { id } = c.req.valid('param');
    const s = await getSubmission(deps.warehouse, id);
    if (!s) throw new ApiError('SUBMISSION_NOT_FOUND', `Không tìm thấy báo cáo số ${id}.`);
    const bytes = await required(deps.readBlob, 'tải tệp gốc')(s.sha256);
    const ext = s.file.split('.').pop()?.toLowerCase() ?? '';
    return c.body(bytes, 200, {
      'Content-Type': MEDIA[ext] ?? 'application/octet-stream',
      'Content-Disposition': contentDisposition(s.file.split(/[\\/]/).pop() ?? s.file),
    });
  });
}
