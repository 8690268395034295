import { OpenAPIHono } from '@hono/zod-openapi';
import { timeout } from 'hono/timeout';
import { HTTPException } from 'hono/http-exception';
import type { AppDeps } from './deps';
import { authenticate } from './http/auth';
import { auditClient } from './http/client';
import type { AppEnv } from './http/env';
import { onError } from './http/errors';
import { SECURITY_HEADERS } from './http/headers';
import { routeGuard } from './http/fallback';
import { webHandler } from './http/static';
import { validationHook } from './http/validation';
import { registerFigures } from './routes/figures';
import { registerMe } from './routes/me';
import { registerPeriods } from './routes/periods';
import { registerPipelines } from './routes/pipelines';
import { registerQuery } from './routes/query';
import { registerReport } from './routes/report';
import { registerReference } from './routes/reference';
import { registerSubmissions } from './routes/submissions';
import { registerUnitHistory } from './routes/unit-history';
import { registerUpload } from './routes/upload';
import { registerUsers } from './routes/users';
import { registerWorkbooks } from './routes/workbooks';
import { createRefresher } from './upload/refresher';
import { cacheFigures } from './figures-cache';

const OPENAPI = {
  openapi: '3.0.3',
  info: {
    title: 'tonghop API',
    version: '1.0.0',
    description:
      'Báo cáo thực hiện dân chủ ở cơ sở: nộp báo cáo, số liệu tổng hợp, tính đầy đủ, nguồn gốc số liệu. Xác thực: Authorization: Bearer <token>.',
  },
  security: [{ bearer: [] }],
};

/** The HTTP app: every path of spec §5 under /api, the OpenAPI document, and the web page at `/`. */
export function createApp(given: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const timeoutError = () => new HTTPException(504);
  const figures = given.figures ? cacheFigures(given.figures, given.limits.figuresCacheEntries) : undefined;
  const invalidate = () => figures?.invalidate();
  const pipelines = given.pipelines ? withInvalidation(given.pipelines, invalidate) : undefined;
  const deps: AppDeps = { ...given, ...(figures ? { figures } : {}), ...(pipelines ? { pipelines } : {}) };
  const refresh = pipelines?.refresh ?? (pipelines ? () => pipelines.run({ actor: 'system:refresh' }) : null);
  const refresher = refresh ? createRefresher(refresh, deps.logger) : null;

  app.onError(onError);
  app.use('*', SECURITY_HEADERS);
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    const started = Date.now();
    await next();
    const ms = Date.now() - started;
    // Only what an operator should look at: slow requests and server errors (no tokens, no bodies).
    if (ms >= 2000 || c.res.status >= 500)
      deps.logger.warn('slow or failed request', { method: c.req.method, path: c.req.path, status: c.res.status, ms });
  });
  const readTimeout = timeout(deps.limits.readTimeoutMs, timeoutError);
  const writeTimeout = timeout(deps.limits.writeTimeoutMs, timeoutError);
  app.use('/api/*', (c, next) => (c.req.method === 'POST' ? writeTimeout : readTimeout)(c, next));
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  // Generated once, on first request (building it takes ~25 ms).
  let doc: ReturnType<typeof app.getOpenAPIDocument> | null = null;
  app.get('/api/openapi.json', (c) => c.json((doc ??= app.getOpenAPIDocument(OPENAPI))));
  const routes = routeGuard(app);
  app.use('/api/*', routes.guard);
  app.use('/api/*', auditClient);
  app.use('/api/*', authenticate(deps.limits.tokenCacheMs));

  registerMe(app);
  registerUpload(app, refresher);
  registerSubmissions(app);
  registerFigures(app);
  registerReference(app);
  registerPeriods(app);
  registerUnitHistory(app);
  registerWorkbooks(app);
  registerReport(app);
  registerPipelines(app);
  registerQuery(app);
  registerUsers(app);

  app.all('/api/*', routes.fallback);
  app.notFound(routes.fallback);
  app.get('*', webHandler(deps.webDir));
  return app;
}

export type App = ReturnType<typeof createApp>;

/** Pipelines whose every run or refresh (success or failure) drops the memoised figures after it ends. */
function withInvalidation(p: NonNullable<AppDeps['pipelines']>, invalidate: () => void): NonNullable<AppDeps['pipelines']> {
  const after = <T>(work: Promise<T>) => work.finally(invalidate);
  const refresh = p.refresh;
  return {
    run: (opts) => after(p.run(opts)),
    runs: (limit) => p.runs(limit),
    ...(refresh ? { refresh: () => after(refresh()) } : {}),
  };
}
