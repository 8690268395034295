import { createRoute, z } from '@hono/zod-openapi';
import { getUnitHistory } from '@tonghop/warehouse';
import { ApiError } from '../errors';
import { need } from '../http/auth';
import { errorResponses, type Api } from '../http/openapi';
import { UnitHistorySchema, UnitParam } from '../schemas';

export const unitHistoryRoute = createRoute({
  method: 'get',
  path: '/api/units/{code}/history',
  tags: ['reference'],
  summary: "A unit's versions and its predecessors / successors (spec §6)",
  middleware: [need('read:figures')] as const,
  request: { params: z.object({ code: UnitParam.openapi({ param: { name: 'code', in: 'path' }, example: '24853' }) }) },
  responses: {
    200: { description: 'Lịch sử đơn vị', content: { 'application/json': { schema: UnitHistorySchema } } },
    ...errorResponses(403, 404),
  },
});

export function registerUnitHistory(app: Api): void {
  app.openapi(unitHistoryRoute, async (c) => {
    const { code } = c.req.valid('param');
    const history = await getUnitHistory(c.get('deps').warehouse, code);
    if (!history) throw new ApiError('UNIT_NOT_FOUND', `Không tìm thấy đơn vị có mã "${code}".`);
    return c.json(history, 200);
  });
}
