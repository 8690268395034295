import { createRoute, z } from '@hono/zod-openapi';
import { actorOf } from '../auth/roles';
import { need } from '../http/auth';
import { errorResponses, required, type Api } from '../http/openapi';
import { PipelineRunResultSchema, PipelineRunSchema } from '../schemas';

export const runRoute = createRoute({
  method: 'post',
  path: '/api/pipelines/run',
  tags: ['pipelines'],
  summary: 'Run all pipelines now',
  middleware: [need('run:pipelines')] as const,
  responses: {
    200: { description: 'Kết quả lần chạy', content: { 'application/json': { schema: PipelineRunResultSchema } } },
    ...errorResponses(403, 501, 504),
  },
});

export const runsRoute = createRoute({
  method: 'get',
  path: '/api/pipelines/runs',
  tags: ['pipelines'],
  summary: 'Recent pipeline runs, newest first',
  middleware: [need('read:submissions')] as const,
  request: { query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(50) }) },
  responses: {
    200: { description: 'Các lần chạy', content: { 'application/json': { schema: z.array(PipelineRunSchema) } } },
    ...errorResponses(403, 422, 501),
  },
});

export function registerPipelines(app: Api): void {
  app.openapi(runRoute, async (c) => {
    const deps = c.get('deps');
    const actor = actorOf(c.get('user'));
    const run = await required(deps.pipelines, 'chạy pipeline').run({ actor });
    await deps.warehouse.audit({
      actor,
      action: 'pipeline.run',
      target: run.runs.map((r) => r.pipeline).join(','),
      detail: { status: run.status, runs: run.runs.map((r) => r.id) },
    });
    return c.json(run, 200);
  });
  app.openapi(runsRoute, async (c) =>
    c.json(await required(c.get('deps').pipelines, 'lịch sử chạy pipeline').runs(c.req.valid('query').limit), 200),
  );
}
