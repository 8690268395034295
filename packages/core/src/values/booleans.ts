import { normalizeName } from '../names';

const TRUE_MARKS = new Set(['✓', '✔', '☑', '✅']);
const FALSE_MARKS = new Set(['✗', '✘', '☐', '❌']);
const TRUE_WORDS = new Set(['co', 'x', '1', 'true', 'yes', 'y', 'dat', 'da', 'da co', 'co thuc hien', 'da thuc hien']);
const FALSE_WORDS = new Set(['khong', '0', 'false', 'no', 'n', 'chua', 'khong co', 'chua co', 'khong thuc hien', 'chua thuc hien']);

/** `Có`, `có`, `x`, `X`, `✓`, `1`, `true` → true; `Không`, `không`, `0`, `false` → false; else null. */
export function parseBooleanText(raw: string): boolean | null {
  const trimmed = raw.trim();
  if (TRUE_MARKS.has(trimmed)) return true;
  if (FALSE_MARKS.has(trimmed)) return false;
  const key = normalizeName(trimmed);
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return null;
}
