import { createRoute } from '@hono/zod-openapi';
import { errorResponses, type Api } from '../http/openapi';
import { MeSchema } from '../schemas';

/** Who the token belongs to: the web page uses it to offer only what the role may do. */
export const meRoute = createRoute({
  method: 'get',
  path: '/api/me',
  tags: ['auth'],
  summary: 'The caller (name, role, unit)',
  responses: { 200: { description: 'Người dùng hiện tại', content: { 'application/json': { schema: MeSchema } } }, ...errorResponses() },
});

export function registerMe(app: Api): void {
  app.openapi(meRoute, (c) => {
    const u = c.get('user');
    return c.json({ name: u.name, role: u.role, unit: u.unitCode, anonymous: u.anonymous }, 200);
  });
}
