import { randomUUID } from 'node:crypto';
import type { WarehouseLike } from '../deps';
import { isRole, type Principal, type Role } from './roles';
import { hashToken, newToken } from './tokens';
import { AuthError } from '../errors';

/**
 * Users and tokens, kept in the warehouse (migration 002-users.sql). A token is shown once
 * when created; only its sha256 is stored.
 */
export interface NewUser {
  name: string;
  role: Role;
  unitCode?: string | null;
}

export interface CreatedUser {
  id: string;
  name: string;
  role: Role;
  unit: string | null;
  token: string;
  created_at: string;
}

export async function addUser(warehouse: WarehouseLike, input: NewUser, ctx: { actor: string; clock: () => Date }): Promise<CreatedUser> {
  const name = input.name.trim();
  if (name === '') throw new AuthError('USER_NAME_EMPTY', 'Tên người dùng không được để trống.');
  if (!isRole(input.role))
    throw new AuthError('ROLE_INVALID', `Vai trò "${String(input.role)}" không hợp lệ (admin, uploader, analyst, viewer).`);
  const unitCode = input.unitCode?.trim() || null;
  if (input.role === 'uploader' && !unitCode) {
    throw new AuthError('UNIT_REQUIRED', 'Người nộp báo cáo (uploader) phải có đơn vị: thêm --unit MÃ_ĐƠN_VỊ.');
  }
  if (unitCode) {
    const found = await warehouse.query('select code from units where code = $1', [unitCode]);
    if (found.length === 0) throw new AuthError('UNIT_UNKNOWN', `Không tìm thấy đơn vị có mã "${unitCode}" trong danh mục đơn vị.`);
  }
  const id = randomUUID();
  const token = newToken();
  const at = ctx.clock();
  await warehouse.write(async (tx) => {
    await tx.run('insert into users (id, name, role, unit_code, created_at) values ($1, $2, $3, $4, $5)', [
      id,
      name,
      input.role,
      unitCode,
      at.toISOString(),
    ]);
    await tx.run('insert into tokens (hash, user_id, created_at) values ($1, $2, $3)', [hashToken(token), id, at.toISOString()]);
  });
  await warehouse.audit({ actor: ctx.actor, action: 'user.add', target: id, detail: { name, role: input.role, unit: unitCode } });
  return { id, name, role: input.role, unit: unitCode, token, created_at: at.toISOString() };
}

interface UserRow {
  id: string;
  name: string;
  role: string;
  unit_code: string | null;
}

/** The user a token belongs to, or null when unknown or revoked. */
export async function findUserByToken(warehouse: WarehouseLike, token: string): Promise<Principal | null> {
  const rows = await warehouse.query<UserRow>(
    `select u.id, u.name, u.role, u.unit_code from tokens t join users u on u.id = t.user_id
     where t.hash = $1 and t.revoked_at is null`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row || !isRole(row.role)) return null;
  return { id: row.id, name: row.name, role: row.role, unitCode: row.unit_code, anonymous: false };
}
