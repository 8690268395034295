import { randomUUID } from 'node:crypto';
import type { WarehouseLike } from '../deps';
import { AuthError } from '../errors';
import { expiresAt, UPLOADER_DEFAULT_EXPIRY } from './expiry';
import { isRole, type Principal, type Role } from './roles';
import { hashToken, newToken } from './tokens';

/**
 * Users and tokens, kept in the warehouse (migrations 002 and 005). A token is shown once when
 * created; only its sha256 is stored. User names are unique (case and spacing aside).
 */
export interface NewUser {
  name: string;
  role: Role;
  unitCode?: string | null;
  /** `90d`, `12h`, `never`; default: UPLOADER_DEFAULT_EXPIRY for uploaders, never for the others. */
  expires?: string | null;
}

export interface CreatedUser {
  id: string;
  name: string;
  role: Role;
  unit: string | null;
  token: string;
  created_at: string;
  expires_at: string | null;
}

export interface AuthContext {
  actor: string;
  clock: () => Date;
  client?: string | null;
}

const sameName = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

export async function addUser(warehouse: WarehouseLike, input: NewUser, ctx: AuthContext): Promise<CreatedUser> {
  const name = input.name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name === '') throw new AuthError('USER_NAME_EMPTY', 'Tên người dùng không được để trống.');
  if (name.length > 100) throw new AuthError('USER_NAME_EMPTY', 'Tên người dùng dài quá 100 ký tự.');
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
  const at = ctx.clock();
  const expiry = input.expires ?? (input.role === 'uploader' ? UPLOADER_DEFAULT_EXPIRY : 'never');
  const expires = expiresAt(expiry, at);
  const id = randomUUID();
  const token = newToken();
  await warehouse.write(async (tx) => {
    // Checked in the insert itself, inside the single writer: two adds of one name cannot both pass.
    const inserted = await tx.run(
      `insert into users (id, name, role, unit_code, created_at)
       select $1, $2, $3, $4, $5 where not exists (select 1 from users where lower(regexp_replace(trim(name), '\\s+', ' ', 'g')) = $6)`,
      [id, name, input.role, unitCode, at.toISOString(), sameName(name)],
    );
    if (inserted === 0) throw new AuthError('USER_NAME_TAKEN', `Đã có người dùng tên "${name}"; hãy chọn tên khác.`);
    await tx.run('insert into tokens (hash, user_id, created_at, expires_at) values ($1, $2, $3, $4)', [
      hashToken(token),
      id,
      at.toISOString(),
      expires?.toISOString() ?? null,
    ]);
  });
  await warehouse.audit({
    actor: ctx.actor,
    action: 'user.add',
    target: id,
    detail: { name, role: input.role, unit: unitCode, expires_at: expires?.toISOString() ?? null },
    client: ctx.client ?? null,
  });
  return { id, name, role: input.role, unit: unitCode, token, created_at: at.toISOString(), expires_at: expires?.toISOString() ?? null };
}

export interface UserSummary {
  id: string;
  name: string;
  role: Role;
  unit: string | null;
  created_at: string;
  /** Tokens not revoked and not expired. */
  active_tokens: number;
  /** The latest moment one of its tokens stops working; null = one never expires (or none is active). */
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

interface SummaryRow {
  id: string;
  name: string;
  role: Role;
  unit_code: string | null;
  created_at: string;
  active: number;
  never: number;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** Every user with its tokens summed up, by name. */
export async function listUsers(warehouse: WarehouseLike, now: Date): Promise<UserSummary[]> {
  const rows = await warehouse.query<SummaryRow>(
    `select u.id, u.name, u.role, u.unit_code, strftime(u.created_at at time zone 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') as created_at,
       count(t.hash) filter (where t.revoked_at is null and (t.expires_at is null or t.expires_at > $1::timestamptz)) as active,
       count(t.hash) filter (where t.revoked_at is null and t.expires_at is null) as never,
       strftime(max(t.expires_at) filter (where t.revoked_at is null) at time zone 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') as expires_at,
       strftime(max(t.last_used_at) at time zone 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') as last_used_at,
       case when count(t.hash) filter (where t.revoked_at is null) = 0
         then strftime(max(t.revoked_at) at time zone 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') end as revoked_at
     from users u left join tokens t on t.user_id = u.id
     group by all order by u.name, u.id`,
    [now.toISOString()],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    unit: r.unit_code,
    created_at: r.created_at,
    active_tokens: Number(r.active),
    expires_at: Number(r.active) > 0 && Number(r.never) === 0 ? r.expires_at : null,
    last_used_at: r.last_used_at,
    revoked_at: r.revoked_at,
  }));
}

/** The user named by id, or by name when no id matches; AuthError USER_NOT_FOUND otherwise. */
export async function findUser(warehouse: WarehouseLike, idOrName: string): Promise<{ id: string; name: string }> {
  const rows = await warehouse.query<{ id: string; name: string }>(
    `select id, name from users where id = $1
     union all select id, name from users where lower(regexp_replace(trim(name), '\\s+', ' ', 'g')) = $2 and id <> $1`,
    [idOrName.trim(), sameName(idOrName)],
  );
  const row = rows[0];
  if (!row) throw new AuthError('USER_NOT_FOUND', `Không tìm thấy người dùng "${idOrName}".`);
  return row;
}

/** Revokes every active token of a user; returns how many. Audited as `user.revoke`. */
export async function revokeUser(
  warehouse: WarehouseLike,
  idOrName: string,
  ctx: AuthContext,
): Promise<{ id: string; name: string; revoked: number }> {
  const user = await findUser(warehouse, idOrName);
  const at = ctx.clock().toISOString();
  const revoked = await warehouse.write((tx) =>
    tx.run('update tokens set revoked_at = $1 where user_id = $2 and revoked_at is null', [at, user.id]),
  );
  await warehouse.audit({
    actor: ctx.actor,
    action: 'user.revoke',
    target: user.id,
    detail: { name: user.name, tokens: revoked },
    client: ctx.client ?? null,
  });
  return { ...user, revoked };
}

interface TokenRow {
  id: string;
  name: string;
  role: string;
  unit_code: string | null;
  expires_at: string | null;
}

export type TokenLookup = { ok: true; user: Principal; expiresAt: number | null } | { ok: false; reason: 'unknown' | 'expired' };

/** The user a token belongs to; `expired` for a token past its expiry, `unknown` for none or a revoked one. */
export async function findUserByToken(warehouse: WarehouseLike, token: string, now: Date): Promise<TokenLookup> {
  const rows = await warehouse.query<TokenRow>(
    `select u.id, u.name, u.role, u.unit_code, strftime(t.expires_at at time zone 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') as expires_at
     from tokens t join users u on u.id = t.user_id
     where t.hash = $1 and t.revoked_at is null`,
    [hashToken(token)],
  );
  const row = rows[0];
  if (!row || !isRole(row.role)) return { ok: false, reason: 'unknown' };
  const expires = row.expires_at === null ? null : Date.parse(row.expires_at);
  if (expires !== null && expires <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, user: { id: row.id, name: row.name, role: row.role, unitCode: row.unit_code, anonymous: false }, expiresAt: expires };
}

/** Records a token's use (the caller throttles: at most once a minute per token). */
export async function touchToken(warehouse: WarehouseLike, token: string, at: Date): Promise<void> {
  await warehouse.write((tx) => tx.run('update tokens set last_used_at = $1 where hash = $2', [at.toISOString(), hashToken(token)]));
}
