import { resolveOption, optionsOfSet } from '../catalog';
import type { FactValue, Indicator } from '../types';
import { parseBooleanText } from './booleans';
import { parseNumberText } from './parse-number-text';

/** The result of reading one raw cell: never thrown, always returned. */
export type ParsedValue = { ok: true; value: FactValue | null } | { ok: false; code: string; message: string };

export type RawValue = string | number | boolean | Date | null | undefined;

const NO_VALUE: ParsedValue = { ok: true, value: null };
/** Cells that mean "nothing written": empty, spaces, and a lone dash (see README). */
const EMPTY = /^[\s\u00a0\u202f]*(?:[-–—]\s*)?$/;

/**
 * Longest text one cell or field may hold, in characters: a page of comments is ~3,000; a 50 MiB
 * cell would be stored, rolled up and answered whole (issue 12).
 */
export const MAX_TEXT_CHARS = 8000;
/** Longest text read as a number ("1.234.567.890,25" is 16): past it, it is no figure. */
export const MAX_NUMBER_TEXT_CHARS = 64;

const ok = (value: FactValue): ParsedValue => ({ ok: true, value });
const fail = (code: string, message: string): ParsedValue => ({ ok: false, code, message });
const show = (raw: RawValue) => `"${String(raw).trim()}"`;

/** Float noise from Excel formulas (7028.999999999) is rounded away. */
const clean = (n: number) => Number(n.toPrecision(12));

const count = (n: number) => n.toLocaleString('vi-VN');

function tooLong(length: number, max: number): ParsedValue {
  return fail('VALUE_TOO_LONG', `nội dung dài ${count(length)} ký tự, vượt giới hạn ${count(max)} ký tự của một ô; hãy rút gọn`);
}

function parseInteger(raw: string | number): ParsedValue {
  let value: number;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail('VALUE_NOT_NUMBER', `${show(raw)} không phải là số`);
    value = clean(raw);
  } else {
    const parsed = parseNumberText(raw);
    if (!parsed || parsed.percent) return fail('VALUE_NOT_NUMBER', `${show(raw)} không phải là số`);
    value = parsed.value;
  }
  if (value < 0) return fail('NEGATIVE_VALUE', `Số liệu không được âm: ${show(raw)}`);
  if (!Number.isInteger(value)) return fail('NOT_INTEGER', `${show(raw)} không phải là số nguyên`);
  return ok(value);
}

/**
 * Percent as a fraction. Text: `99,17%`, `99.17%` and `99,17` (percent points without a sign)
 * are 0.9917. Numbers (Excel): ≤ 1 is already a fraction (0.9917), > 1 is percent points (99.17).
 */
function parsePercent(raw: string | number): ParsedValue {
  let value: number;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail('VALUE_NOT_NUMBER', `${show(raw)} không phải là số`);
    value = raw > 1 ? raw / 100 : raw;
  } else {
    const parsed = parseNumberText(raw);
    if (!parsed) return fail('VALUE_NOT_NUMBER', `${show(raw)} không phải là số`);
    if (parsed.denominator !== undefined) {
      if (parsed.denominator === 0) return fail('VALUE_NOT_NUMBER', `${show(raw)} có mẫu số bằng 0`);
      value = parsed.value / parsed.denominator;
    } else {
      value = parsed.value / 100;
    }
  }
  if (value < 0) return fail('NEGATIVE_VALUE', `Tỷ lệ không được âm: ${show(raw)}`);
  return ok(clean(value));
}

function parseBoolean(raw: string | number | boolean): ParsedValue {
  if (typeof raw === 'boolean') return ok(raw);
  if (raw === 1 || raw === 0) return ok(raw === 1);
  const parsed = typeof raw === 'string' ? parseBooleanText(raw) : null;
  return parsed === null ? fail('VALUE_NOT_BOOLEAN', `${show(raw)} không phải là "Có" hoặc "Không"`) : ok(parsed);
}

function parseCategory(raw: string | number | boolean, indicator: Indicator): ParsedValue {
  const set = indicator.categorySet ?? '';
  const option = typeof raw === 'boolean' ? undefined : resolveOption(set, String(raw));
  if (option) return ok(option.code);
  const known = optionsOfSet(set)
    .map((o) => o.label)
    .join('; ');
  return fail('UNKNOWN_OPTION', `${show(raw)} không có trong danh mục (${known})`);
}

/**
 * Read one raw value (a CSV field or an Excel cell's value) for an indicator, the Vietnamese
 * way (spec §3). Empty, spaces, "-" and null are no value (`value: null`), never zero.
 * Messages are Vietnamese and do not name the place: the caller adds it.
 */
export function parseValue(raw: RawValue, indicator: Indicator): ParsedValue {
  if (raw === null || raw === undefined) return NO_VALUE;
  if (typeof raw === 'string') {
    const max = indicator.valueType === 'text' || indicator.valueType === 'category' ? MAX_TEXT_CHARS : MAX_NUMBER_TEXT_CHARS;
    if (raw.length > max && raw.trim().length > max) return tooLong(raw.trim().length, max);
  }
  const value = typeof raw === 'string' ? raw.normalize('NFC') : raw;
  if (typeof value === 'string' && EMPTY.test(value)) return NO_VALUE;
  if (value instanceof Date) {
    if (indicator.valueType === 'text') return Number.isNaN(value.getTime()) ? NO_VALUE : ok(value.toISOString().slice(0, 10));
    return fail('VALUE_IS_DATE', 'Ô chứa ngày tháng, không phải số liệu');
  }
  switch (indicator.valueType) {
    case 'integer':
      return typeof value === 'boolean' ? fail('VALUE_NOT_NUMBER', `${show(value)} không phải là số`) : parseInteger(value);
    case 'percent':
      return typeof value === 'boolean' ? fail('VALUE_NOT_NUMBER', `${show(value)} không phải là số`) : parsePercent(value);
    case 'boolean':
      return parseBoolean(value);
    case 'category':
      return parseCategory(value, indicator);
    case 'text':
      return ok(String(value).trim());
  }
}
