import { catalog } from './data/catalog';
import { categoryOptions } from './data/category-options';
import { normalizeName } from './names';
import type { CategoryOption, FormCode, Indicator } from './types';
import { FORM_CODES } from './types';

export { catalog } from './data/catalog';
export { categoryOptions } from './data/category-options';
export { rules } from './data/rules';

const byCode = new Map(catalog.map((i) => [i.code, i]));

/** The indicator with this exact code (upper case, as in the catalog). */
export function getIndicator(code: string): Indicator | undefined {
  return byCode.get(code);
}

/** The indicators a form submits, in catalog order. Derived ratios belong to no form. */
export function indicatorsForForm(form: FormCode): Indicator[] {
  return catalog.filter((i) => i.forms.includes(form));
}

const FORM_WORDS = new Set(['bieu', 'mau', 'so', 'ma', 'bm']);

/** "XA", "xa", "Biểu XA", "Mẫu số CQ", "Biểu mẫu: DN", "Biểu mẫu số 01-MT" → the form code. */
export function parseFormCode(text: string): FormCode | null {
  const tokens = normalizeName(text).split(' ').filter(Boolean);
  const last = tokens.at(-1)?.toUpperCase();
  const form = FORM_CODES.find((f) => f === last);
  if (!form) return null;
  const lead = tokens.slice(0, -1);
  return lead.every((t) => FORM_WORDS.has(t) || /^\d+$/.test(t)) ? form : null;
}

/** A label as written in a sheet, reduced for comparison: numbering and a unit suffix removed. */
function labelKey(text: string): string {
  const withoutNumbering = text.trim().replace(/^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+/u, '');
  const withoutUnit = withoutNumbering.replace(/\s*\([^()]*\)\s*$/u, '');
  return normalizeName(withoutUnit || withoutNumbering);
}

const byLabel = new Map(catalog.map((i) => [normalizeName(i.label), i]));

/**
 * An indicator by code (any case) or by label (normalised: case, diacritics, spaces,
 * leading numbering such as "1." and a trailing "(đơn)" ignored). With `form`, only that
 * form's indicators are candidates. "CODE.OPTION" is not split here: the caller splits.
 */
export function resolveIndicator(text: string, form?: FormCode): Indicator | undefined {
  const found = byCode.get(text.trim().toUpperCase()) ?? byLabel.get(normalizeName(text)) ?? byLabel.get(labelKey(text));
  if (!found) return undefined;
  return form && !found.forms.includes(form) ? undefined : found;
}

function optionKeys(option: CategoryOption): string[] {
  return [option.code, option.label, ...option.aliases].map(normalizeName);
}

const LEADING_WORDS = /^(?:hoi|doan|to chuc|cap)\s+/;

/**
 * An option of a category set by code, label or alias, normalised. Bullets and dashes are
 * ignored; a leading "Hội"/"Đoàn" is dropped only when needed ("Hội CCB" → CCB).
 */
export function resolveOption(set: string, text: string): CategoryOption | undefined {
  const options = categoryOptions.filter((o) => o.set === set);
  const key = normalizeName(text);
  if (!key) return undefined;
  const find = (k: string) => options.find((o) => optionKeys(o).includes(k));
  return find(key) ?? (LEADING_WORDS.test(key) ? find(key.replace(LEADING_WORDS, '')) : undefined);
}

/** The category sets that exist, for error messages and templates. */
export function optionsOfSet(set: string): CategoryOption[] {
  return categoryOptions.filter((o) => o.set === set);
}
