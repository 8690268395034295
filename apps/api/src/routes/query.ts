import { createRoute, z } from '@hono/zod-openapi';
import { actorOf } from '../auth/roles';
import { need } from '../http/auth';
import { errorResponses, required, type Api } from '../http/openapi';

/** At most this many rows go back over HTTP; the answer says when the result was cut. */
export const QUERY_MAX_ROWS = 10_000;

const CellSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.unknown()), z.record(z.string(), z.unknown())]);

export const QueryBodySchema = z
  .object({ sql: z.string().min(1).max(100_000).openapi({ example: 'select code, name from units' }) })
  .openapi('QueryBody');

export const QueryResultSchema = z
  .object({
    columns: z.array(z.object({ name: z.string(), type: z.string() })),
    rows: z.array(z.array(CellSchema)),
    truncated: z.boolean(),
  })
  .openapi('QueryResult');

export type QueryResultBody = z.infer<typeof QueryResultSchema>;

export const queryRoute = createRoute({
  method: 'post',
  path: '/api/query',
  tags: ['analysts'],
  summary: 'One read-only SQL statement (SELECT) over the warehouse and pipeline schemas (tonghop query)',
  middleware: [need('read:submissions')] as const,
  request: { body: { required: true, content: { 'application/json': { schema: QueryBodySchema } } } },
  responses: {
    200: { description: 'Kết quả truy vấn', content: { 'application/json': { schema: QueryResultSchema } } },
    ...errorResponses(403, 422, 501, 504),
  },
});

/** POST /api/query: what `tonghop query` runs, for analysts and admins, beside the running server. */
export function registerQuery(app: Api): void {
  app.openapi(queryRoute, async (c) => {
    const deps = c.get('deps');
    const { sql } = c.req.valid('json');
    const actor = actorOf(c.get('user'));
    const run = required(deps.query, 'truy vấn SQL');
    try {
      const result = await run(sql, { maxRows: QUERY_MAX_ROWS });
      await deps.warehouse.audit({ actor, action: 'query.run', detail: { sql, rows: result.rows.length } });
      return c.json(result, 200);
    } catch (error: unknown) {
      await deps.warehouse.audit({ actor, action: 'query.refuse', detail: { sql, code: (error as { code?: unknown }).code ?? null } });
      throw error;
    }
  });
}
