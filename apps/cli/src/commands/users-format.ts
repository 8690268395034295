import type { UserBody } from '@tonghop/api';

const when = (iso: string | null, none: string) => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, ' UTC') : none);

/** `tonghop users list` for people: one line per user, in Vietnamese. */
export function formatUsers(users: readonly UserBody[]): string[] {
  if (users.length === 0) return ['Chưa có người dùng nào (tạo bằng: tonghop users add --name … --role …).'];
  return users.map((u) => {
    const state =
      u.active_tokens > 0
        ? `${u.active_tokens} mã còn hiệu lực, hết hạn: ${when(u.expires_at, 'không')}`
        : u.revoked_at
          ? `đã thu hồi ${when(u.revoked_at, '')}`
          : 'không còn mã hiệu lực (hết hạn)';
    return `${u.name} [${u.role}${u.unit ? `, đơn vị ${u.unit}` : ''}] — ${state}; dùng lần cuối: ${when(u.last_used_at, 'chưa dùng')}; id ${u.id}`;
  });
}
