import { createRoute, z } from '@hono/zod-openapi';
import { actorOf } from '../auth/roles';
import { need } from '../http/auth';
import { errorResponses, required, type Api } from '../http/openapi';
import { BinarySchema, FormParam, PeriodParam, UnitParam, XLSX } from '../schemas';
import { contentDisposition } from './submissions';

const xlsxResponse = (description: string) => ({
  200: { description, content: { [XLSX]: { schema: BinarySchema } } },
  ...errorResponses(400, 403, 404, 422, 501),
});

export const exportRoute = createRoute({
  method: 'get',
  path: '/api/export.xlsx',
  tags: ['workbooks'],
  summary: 'The summary workbook for leadership',
  middleware: [need('read:figures')] as const,
  request: { query: z.object({ unit: UnitParam, period: PeriodParam }) },
  responses: xlsxResponse('Báo cáo tổng hợp'),
});

export const templateRoute = createRoute({
  method: 'get',
  path: '/api/template.xlsx',
  tags: ['workbooks'],
  summary: 'An Excel template for a form, unit and period',
  middleware: [need('read:figures')] as const,
  request: { query: z.object({ form: FormParam, unit: UnitParam, period: PeriodParam }) },
  responses: xlsxResponse('Mẫu nhập liệu'),
});

export function registerWorkbooks(app: Api): void {
  app.openapi(exportRoute, async (c) => {
    const q = c.req.valid('query');
    const make = required(c.get('deps').workbooks?.exportSummary, 'xuất báo cáo tổng hợp');
    const bytes = await make(q);
    await c.get('deps').warehouse.audit({ actor: actorOf(c.get('user')), action: 'export.download', target: `${q.unit}/${q.period}` });
    return c.body(bytes, 200, {
      'Content-Type': XLSX,
      'Content-Disposition': contentDisposition(`tong-hop-${q.unit}-${q.period.replace('/', '-')}.xlsx`),
    });
  });
  app.openapi(templateRoute, async (c) => {
    const q = c.req.valid('query');
    const make = required(c.get('deps').workbooks?.template, 'tạo mẫu nhập liệu');
    const bytes = await make(q);
    return c.body(bytes, 200, {
      'Content-Type': XLSX,
      'Content-Disposition': contentDisposition(`mau-${q.form}-${q.unit}-${q.period.replace('/', '-')}.xlsx`),
    });
  });
}
