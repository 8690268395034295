import type { RawValue } from '@tonghop/ingest-contract';

/** A cell reduced to what the contract carries, or the reason it cannot be. */
export type ReducedCell = { ok: true; value: RawValue } | { ok: false; problem: 'formula_no_result' | 'error'; detail: string };

const EMPTY: ReducedCell = { ok: true, value: null };

/**
 * exceljs cell value → RawValue. Formulas give their cached result (never evaluated), rich text
 * and hyperlinks their plain text, error values (#DIV/0!) and formulas without a cached result a
 * problem. Text is returned in NFC; an all-blank text is an empty cell.
 */
export function reduceCellValue(value: unknown): ReducedCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return text(value);
  if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value } : EMPTY;
  if (typeof value === 'boolean' || value instanceof Date) return { ok: true, value };
  if (typeof value !== 'object') return EMPTY;
  const v = value as Record<string, unknown>;
  if ('formula' in v || 'sharedFormula' in v) {
    const formula = String(v.formula ?? v.sharedFormula ?? '');
    if (v.result === undefined || v.result === null) return { ok: false, problem: 'formula_no_result', detail: `=${formula}` };
    if (typeof v.result === 'number' && !Number.isFinite(v.result)) return { ok: false, problem: 'error', detail: `=${formula}` };
    return reduceCellValue(v.result);
  }
  if ('error' in v) return { ok: false, problem: 'error', detail: String(v.error) };
  if (Array.isArray(v.richText)) return text(v.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join(''));
  if ('text' in v) return reduceCellValue(v.text);
  return EMPTY;
}

function text(s: string): ReducedCell {
  const nfc = s.normalize('NFC');
  return nfc.trim() === '' ? EMPTY : { ok: true, value: nfc };
}

/** The text of a reduced value for header matching ('' for empty or non-text-like). */
export function valueText(value: RawValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

const LETTERS: string[] = [];

/** 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  return (LETTERS[col] ??= letters(col));
}

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}
