import { resolveIndicator } from '@tonghop/core';
import type { ColumnRole } from './headers';
import { columnRole, headerKey } from './headers';

/** The columns of a wide table's header row (indexes into the row; -1 when absent). */
export interface WideColumns {
  unitCode: number;
  unitName: number;
  period: number;
  form: number;
  /** Columns that may hold the word "Cộng"/"Tổng cộng" of a total row (unit columns, STT...). */
  labelColumns: number[];
  /** Every other column with a header: an indicator (code, `CODE.OPTION` or label) as written. */
  indicators: { index: number; text: string }[];
  /** Header texts that appear twice. */
  duplicates: string[];
  /** The header row also names `indicator` and `value`: a long file, not a table. */
  looksLong: boolean;
}

const ROLES: readonly ColumnRole[] = ['unitCode', 'unitName', 'period', 'form', 'ignored', 'indicator', 'value'];

/** Maps a header row; null when it has no unit column (code or name), so it is not the header. */
export function mapWideHeader(cells: readonly string[]): WideColumns | null {
  const cols: WideColumns = {
    unitCode: -1,
    unitName: -1,
    period: -1,
    form: -1,
    labelColumns: [],
    indicators: [],
    duplicates: [],
    looksLong: false,
  };
  const seen = new Set<string>();
  let longHints = 0;
  cells.forEach((cell, index) => {
    const text = cell.trim();
    if (text === '') return;
    const key = headerKey(text);
    if (seen.has(key)) cols.duplicates.push(text);
    seen.add(key);
    const role = columnRole(text, ROLES);
    if (role === 'unitCode' || role === 'unitName' || role === 'period' || role === 'form') {
      if (cols[role] === -1) cols[role] = index;
      if (role === 'unitCode' || role === 'unitName') cols.labelColumns.push(index);
    } else if (role === 'ignored') cols.labelColumns.push(index);
    else if (role === 'indicator' || role === 'value') longHints++;
    else cols.indicators.push({ index, text });
  });
  cols.looksLong = longHints >= 2;
  return cols.unitCode === -1 && cols.unitName === -1 ? null : cols;
}

const CODE_LIKE = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+(\.[A-Z0-9_]+)?$/;

/** True when a header names a catalog indicator (code, `CODE.OPTION`, or label). */
export function isKnownIndicator(text: string): boolean {
  if (resolveIndicator(text)) return true;
  const dot = text.indexOf('.');
  return dot > 0 && CODE_LIKE.test(text) && resolveIndicator(text.slice(0, dot)) !== undefined;
}

/** Detection score: 0.9 with a catalog indicator column, 0.6 with code-like ones, else low. */
export function wideHeaderScore(cols: WideColumns): number {
  if (cols.looksLong) return 0.1;
  if (cols.indicators.some((c) => isKnownIndicator(c.text))) return 0.9;
  if (cols.indicators.some((c) => CODE_LIKE.test(c.text))) return 0.6;
  return cols.indicators.length > 0 ? 0.3 : 0.1;
}
