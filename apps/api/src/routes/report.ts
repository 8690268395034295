import { createRoute, z } from '@hono/zod-openapi';
import { buildReportDocx } from '@tonghop/report-docx';
import { actorOf } from '../auth/roles';
import { need } from '../http/auth';
import { errorResponses, type Api } from '../http/openapi';
import { BinarySchema, PeriodParam, UnitParam } from '../schemas';
import { contentDisposition } from './submissions';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const reportRoute = createRoute({
  method: 'get',
  path: '/api/report.docx',
  tags: ['workbooks'],
  summary: 'The narrative report (spec §8): a Word draft with every figure of the roll-up written in',
  middleware: [need('read:figures')] as const,
  request: { query: z.object({ unit: UnitParam, period: PeriodParam }) },
  responses: {
    200: { description: 'Dự thảo báo cáo kết quả thực hiện dân chủ ở cơ sở', content: { [DOCX]: { schema: BinarySchema } } },
    ...errorResponses(400, 403, 404, 409, 422),
  },
});

/** `GET /api/report.docx?unit=&period=`: built in memory, so a refusal is JSON `{code, message}`. */
export function registerReport(app: Api): void {
  app.openapi(reportRoute, async (c) => {
    const q = c.req.valid('query');
    const deps = c.get('deps');
    const { bytes } = await buildReportDocx(deps.warehouse, { unit: q.unit, period: q.period, clock: deps.clock });
    await deps.warehouse.audit({ actor: actorOf(c.get('user')), action: 'report.download', target: `${q.unit}/${q.period}` });
    const body = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Uint8Array<ArrayBuffer>;
    return c.body(body, 200, {
      'Content-Type': DOCX,
      'Content-Disposition': contentDisposition(`bao-cao-${q.unit}-${q.period.replace('/', '-')}.docx`),
    });
  });
}
