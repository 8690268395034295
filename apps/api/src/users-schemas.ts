import { z } from '@hono/zod-openapi';
import { ROLES } from './auth/roles';

/** The users/tokens part of the API contract (admin only): the page's admin section and `tonghop users --server`. */
export const UserSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    unit: z.string().nullable(),
    created_at: z.string(),
    active_tokens: z.number().openapi({ description: 'Số mã truy cập còn dùng được (chưa thu hồi, chưa hết hạn)' }),
    expires_at: z.string().nullable().openapi({ description: 'Lúc mã truy cập cuối cùng hết hạn; null = không hết hạn' }),
    last_used_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
  })
  .openapi('User');
export type UserBody = z.infer<typeof UserSchema>;

export const NewUserSchema = z
  .object({
    name: z.string().min(1).max(100),
    role: z.enum(ROLES),
    unit: z.string().min(1).max(64).nullable().optional(),
    expires: z.string().max(20).nullable().optional().openapi({ description: '90d, 12h, 30m hoặc never; mặc định 90d cho uploader' }),
  })
  .openapi('NewUser');

export const CreatedUserSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    unit: z.string().nullable(),
    token: z.string().openapi({ description: 'Chỉ hiện một lần' }),
    created_at: z.string(),
    expires_at: z.string().nullable(),
  })
  .openapi('CreatedUser');
export type CreatedUserBody = z.infer<typeof CreatedUserSchema>;

export const RevokedSchema = z.object({ id: z.string(), name: z.string(), revoked: z.number() }).openapi('Revoked');
export type RevokedBody = z.infer<typeof RevokedSchema>;
