/** Vietnamese number formats for human output: 7.554; 99,17%. */
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatNumber(value: number | null): string {
  return value === null ? '—' : integer.format(value);
}

export function formatPercent(value: number | null): string {
  return value === null ? '—' : percent.format(value);
}
