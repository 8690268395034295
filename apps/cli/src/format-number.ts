/** Vietnamese number formats for human output: 7.554; 99,17 %; 50 %. */
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const twoPlaces = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatNumber(value: number | null): string {
  return value === null ? '—' : integer.format(value);
}

/** A fraction as the reports write it: two decimals when not whole (99,17 %, 0,83 %), else none (50 %). */
export function formatPercent(value: number | null): string {
  if (value === null) return '—';
  const pct = Math.round(value * 10_000) / 100;
  return `${Number.isInteger(pct) ? integer.format(pct) : twoPlaces.format(pct)} %`;
}
