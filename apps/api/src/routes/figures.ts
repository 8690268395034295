import { createRoute, z } from '@hono/zod-openapi';
import { need } from '../http/auth';
import { errorResponses, listParam, required, type Api } from '../http/openapi';
import {
  CompletenessSchema,
  FormParam,
  GroupParam,
  type LineageBody,
  LineageSchema,
  PeriodParam,
  RollupSchema,
  UnitParam,
} from '../schemas';
import { capLineage, capRollup, DEFAULT_ANSWER_CAPS } from '../http/answer-caps';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  200: { description, content: { 'application/json': { schema } } },
});

const IndicatorList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .openapi({ description: 'Mã chỉ tiêu; lặp lại hoặc phân cách bằng dấu phẩy', example: 'DON_TONG' });

export const rollupsRoute = createRoute({
  method: 'get',
  path: '/api/rollups',
  tags: ['figures'],
  summary: 'The `rollup --json` object',
  middleware: [need('read:figures')] as const,
  request: {
    query: z.object({
      unit: UnitParam,
      period: PeriodParam,
      indicator: IndicatorList,
      group: GroupParam.optional(),
      as_of: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional()
        .openapi({ description: 'Tính lại theo các đơn vị có hiệu lực vào ngày này (§6)', example: '2026-06-30' }),
      compare: z
        .enum(['previous-year', 'previous-period'])
        .optional()
        .openapi({ description: 'So sánh với cùng kỳ năm trước hoặc kỳ liền trước (§6)' }),
    }),
  },
  responses: { ...json(RollupSchema, 'Số liệu tổng hợp'), ...errorResponses(400, 403, 404, 422) },
});

export const completenessRoute = createRoute({
  method: 'get',
  path: '/api/completeness',
  tags: ['figures'],
  summary: 'The `completeness --json` object',
  middleware: [need('read:figures')] as const,
  request: { query: z.object({ unit: UnitParam, period: PeriodParam, form: FormParam }) },
  responses: { ...json(CompletenessSchema, 'Tính đầy đủ và đúng hạn'), ...errorResponses(400, 403, 404, 422) },
});

export const lineageRoute = createRoute({
  method: 'get',
  path: '/api/lineage',
  tags: ['figures'],
  summary: 'The submissions and cells that make one figure',
  middleware: [need('read:figures')] as const,
  request: {
    query: z.object({
      unit: UnitParam,
      period: PeriodParam,
      indicator: z.string().min(1).max(100).openapi({ example: 'DON_TONG' }),
      option: z.string().min(1).max(100).optional(),
    }),
  },
  responses: { ...json(LineageSchema, 'Nguồn gốc một số liệu'), ...errorResponses(400, 403, 404, 422) },
});

export function registerFigures(app: Api): void {
  app.openapi(rollupsRoute, async (c) => {
    const q = c.req.valid('query');
    const figures = required(c.get('deps').figures, 'tổng hợp số liệu');
    const body = await figures.rollup({
      unit: q.unit,
      period: q.period,
      indicators: listParam(q.indicator),
      ...(q.group ? { group: q.group } : {}),
      ...(q.as_of ? { asOf: q.as_of } : {}),
      ...(q.compare ? { compare: q.compare } : {}),
    });
    return c.json(capRollup(body, c.get('deps').limits.answer ?? DEFAULT_ANSWER_CAPS), 200);
  });
  app.openapi(completenessRoute, async (c) => {
    const figures = required(c.get('deps').figures, 'tính đầy đủ');
    return c.json(await figures.completeness(c.req.valid('query')), 200);
  });
  app.openapi(lineageRoute, async (c) => {
    const q = c.req.valid('query');
    const figures = required(c.get('deps').figures, 'nguồn gốc số liệu');
    const lineage = await figures.lineage({
      unit: q.unit,
      period: q.period,
      indicator: q.indicator,
      ...(q.option ? { option: q.option } : {}),
    });
    return c.json(capLineage(lineage, c.get('deps').limits.answer ?? DEFAULT_ANSWER_CAPS), 200);
  });
}
