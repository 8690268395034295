import { createRoute, z } from '@hono/zod-openapi';
import { actorOf } from '../auth/roles';
import { addUser, listUsers, revokeUser } from '../auth/users';
import { need } from '../http/auth';
import { errorResponses, type Api } from '../http/openapi';
import { CreatedUserSchema, NewUserSchema, RevokedSchema, UserSchema } from '../users-schemas';

const ok = <T extends z.ZodType>(status: 200 | 201, schema: T, description: string) => ({
  [status]: { description, content: { 'application/json': { schema } } },
});

export const usersRoute = createRoute({
  method: 'get',
  path: '/api/users',
  tags: ['users'],
  summary: 'Users with their tokens summed up (active, expiry, last use)',
  middleware: [need('manage:users')] as const,
  responses: { ...ok(200, z.array(UserSchema), 'Người dùng'), ...errorResponses(403) },
});

export const addUserRoute = createRoute({
  method: 'post',
  path: '/api/users',
  tags: ['users'],
  summary: 'Create a user and its token (shown once)',
  middleware: [need('manage:users')] as const,
  request: { body: { content: { 'application/json': { schema: NewUserSchema } }, required: true } },
  responses: { ...ok(201, CreatedUserSchema, 'Người dùng mới và mã truy cập'), ...errorResponses(403, 409, 422) },
});

export const revokeRoute = createRoute({
  method: 'post',
  path: '/api/users/{user}/revoke',
  tags: ['users'],
  summary: 'Revoke every token of a user (by id or name); effective at once on this server',
  middleware: [need('manage:users')] as const,
  request: {
    params: z.object({
      user: z
        .string()
        .min(1)
        .max(100)
        .openapi({ param: { name: 'user', in: 'path' } }),
    }),
  },
  responses: { ...ok(200, RevokedSchema, 'Đã thu hồi'), ...errorResponses(403, 404) },
});

/** Admin routes for users and tokens: the CLI's `users … --server` and the page's admin section. */
export function registerUsers(app: Api): void {
  app.openapi(usersRoute, async (c) => c.json(await listUsers(c.get('deps').warehouse, c.get('deps').clock()), 200));

  app.openapi(addUserRoute, async (c) => {
    const deps = c.get('deps');
    const body = c.req.valid('json');
    const created = await addUser(
      deps.warehouse,
      { name: body.name, role: body.role, unitCode: body.unit ?? null, expires: body.expires ?? null },
      { actor: actorOf(c.get('user')), clock: deps.clock },
    );
    return c.json(created, 201);
  });

  app.openapi(revokeRoute, async (c) => {
    const deps = c.get('deps');
    const revoked = await revokeUser(deps.warehouse, c.req.valid('param').user, { actor: actorOf(c.get('user')), clock: deps.clock });
    c.get('forgetTokens')();
    return c.json(revoked, 200);
  });
}
