/** Vietnamese number formats in sentences: 7.554; 99,17%; 1.234,5; "02" when the template asks. */
const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 2 });
const POINTS = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 7554 → "7.554"; with `pad` 2, 2 → "02" (the leading zero official reports write for counts under 10). */
export function formatCount(value: number, pad = 0): string {
  const text = NUMBER.format(value);
  return Number.isInteger(value) && value >= 0 && pad > 0 ? text.padStart(pad, '0') : text;
}

/** 0.9917 → "99,17%", 1 → "100%", 0.5 → "50%". */
export function formatPercent(fraction: number): string {
  return PERCENT.format(fraction);
}

/** A difference of two fractions in percentage points: 0.0125 → "1,25". */
export function formatPoints(fractionDiff: number): string {
  return POINTS.format(Math.abs(fractionDiff) * 100);
}
