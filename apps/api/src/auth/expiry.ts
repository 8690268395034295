import { AuthError } from '../errors';

const UNITS = { d: 86_400_000, h: 3_600_000, m: 60_000 } as const;

/** Days an uploader's token lives unless told otherwise (`--expires never` for none). */
export const UPLOADER_DEFAULT_EXPIRY = '90d';

/**
 * `90d`, `12h`, `30m` → the moment the token stops working, counted from `now`; `never` → null.
 * Anything else is an AuthError with a Vietnamese message.
 */
export function expiresAt(text: string, now: Date): Date | null {
  const t = text.trim().toLowerCase();
  if (t === 'never' || t === 'khong' || t === 'không') return null;
  const m = /^([1-9][0-9]{0,4})([dhm])$/.exec(t);
  if (!m) {
    throw new AuthError(
      'EXPIRY_INVALID',
      `Thời hạn "${text}" không hợp lệ: dùng số ngày/giờ/phút như 90d, 12h, 30m, hoặc never (không hết hạn).`,
    );
  }
  return new Date(now.getTime() + Number(m[1]) * UNITS[m[2] as keyof typeof UNITS]);
}
