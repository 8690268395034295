import { coverageWords } from '@tonghop/core';

// Vietnamese number formats: 7.554 ; 99,17% ; 8/8 xã.
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 2 });

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

/** A fraction (0.9917) as a percentage ("99,17%"). */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  // Intl puts a non-breaking space before % in some locales' data; Vietnamese writes 99,17%.
  return percent.format(value).replace(/\s%/u, '%');
}

/** "8/8 xã" (the noun from core's vocabulary), or "8/8" without one. */
export function formatShare(part: number, whole: number, noun?: string): string {
  return noun ? coverageWords(integer.format(part), integer.format(whole), noun) : `${integer.format(part)}/${integer.format(whole)}`;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${integer.format(size)} B`;
  if (size < 1024 * 1024) return `${decimal.format(size / 1024)} KB`;
  return `${decimal.format(size / 1024 / 1024)} MB`;
}
