/**
 * Numbers written the Vietnamese way: `.` or space groups thousands, `,` is the decimal mark
 * (`7.554` = 7554, `7 554` = 7554, `1.234,5` = 1234.5, `1,5` = 1.5). English `1,234.5` also
 * reads, since the last separator of two kinds is the decimal one. A trailing `%` and trailing
 * unit words (`01 cuộc`, `4 lượt`) are recognised; `8/8` is a fraction.
 */
export interface NumberText {
  value: number;
  percent: boolean;
  /** Set for `8/8`: the value is the numerator. */
  denominator?: number;
}

const SPACES = /[\s\u00a0\u202f\u2007\u2009]+/g;
const SHAPE = /^([+\-−]?)(\d[\d.,\s]*?)\s*(%)?\s*(\p{L}[\p{L}\s.]*)?$/u;
const FRACTION = /^(\d[\d.\s]*?)\s*\/\s*(\d[\d.\s]*?)\s*(\p{L}[\p{L}\s.]*)?$/u;

/** Digits and separators → number, or null when the grouping is not a valid one. */
export function parseDigits(body: string): number | null {
  const s = body.replace(SPACES, ' ').trim();
  if (s.includes(' ')) {
    if (!/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(s)) return null;
    return parseDigits(s.replace(/ /g, ''));
  }
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [intPart, frac, extra] = s.split(decimal);
    if (extra !== undefined || frac === undefined || !/^\d+$/.test(frac)) return null;
    if (!new RegExp(`^\\d{1,3}(\\${group}\\d{3})*$`).test(intPart ?? '')) return null;
    return Number(`${(intPart ?? '').split(group).join('')}.${frac}`);
  }
  if (lastDot >= 0) {
    if (/^\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
    return /^\d+\.\d+$/.test(s) ? Number(s) : null;
  }
  if (lastComma >= 0) {
    if (/^\d{1,3}(,\d{3}){2,}$/.test(s)) return Number(s.replace(/,/g, ''));
    return /^\d+,\d+$/.test(s) ? Number(s.replace(',', '.')) : null;
  }
  return /^\d+$/.test(s) ? Number(s) : null;
}

/** Parse a number written as text, or null when it is not one. */
export function parseNumberText(raw: string): NumberText | null {
  const text = raw.replace(SPACES, ' ').trim();
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const value = parseDigits(fraction[1] ?? '');
    const denominator = parseDigits(fraction[2] ?? '');
    return value === null || denominator === null ? null : { value, percent: false, denominator };
  }
  const m = SHAPE.exec(text);
  if (!m) return null;
  const value = parseDigits(m[2] ?? '');
  if (value === null) return null;
  return { value: m[1] === '-' || m[1] === '−' ? -value : value, percent: m[3] === '%' };
}
