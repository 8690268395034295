import { normalizeName } from '@tonghop/core';

/** A header text reduced for comparison: normalised, a trailing "(1)" or "(*)" dropped. */
export function headerKey(text: string): string {
  return normalizeName(text.replace(/\s*\([^()]*\)\s*$/u, ''));
}

const words = (...list: string[]) => new Set(list);

/** Column headers of the layout 1 table (spec §3.1) and their usual synonyms, normalised. */
export const FORM_COLUMNS = {
  stt: words('stt', 'tt', 'so tt', 'so thu tu'),
  code: words('ma chi tieu', 'ma so', 'ma ct', 'ma'),
  label: words('chi tieu', 'noi dung', 'ten chi tieu', 'noi dung chi tieu'),
  unit: words('don vi tinh', 'dvt', 'dv tinh'),
  value: words('so lieu', 'ket qua', 'gia tri', 'so lieu bao cao', 'ket qua thuc hien'),
  note: words('ghi chu'),
} as const;

/** Labels of the header block (layout 1, and layout 2 above its table). */
export const BLOCK_LABELS = {
  unitCode: words('ma don vi', 'ma dv'),
  unitName: words('don vi bao cao', 'ten don vi', 'don vi', 'ten don vi bao cao'),
  period: words('ky bao cao', 'thoi ky bao cao', 'ky'),
  form: words('bieu mau', 'mau so', 'mau bieu', 'bieu so', 'ma bieu mau', 'ma bieu'),
} as const;

/** Non-indicator columns of the layout 2 table. */
export const TABLE_COLUMNS = {
  stt: FORM_COLUMNS.stt,
  unitCode: words('ma don vi', 'ma dv', 'ma'),
  unitName: words(
    'ten don vi',
    'don vi',
    'don vi bao cao',
    'ten xa',
    'xa phuong thi tran',
    'ten co quan',
    'ten doanh nghiep',
    'co quan don vi',
  ),
  period: BLOCK_LABELS.period,
  form: BLOCK_LABELS.form,
  note: FORM_COLUMNS.note,
} as const;

/** Labels of total rows (layout 2): skipped, checked against the rows above. */
const TOTALS = words('cong', 'tong cong', 'tong so', 'tong', 'cong toan huyen', 'tong cong toan huyen');

export function isTotalLabel(text: string): boolean {
  if (!/^\s*[ctCT]/.test(text)) return false;
  const key = normalizeName(text);
  return TOTALS.has(key) || /^(tong cong|cong) /.test(key);
}

/** The first key of `table` whose synonyms contain `text`, if any. */
export function classify<K extends string>(table: Record<K, Set<string>>, text: string): K | undefined {
  const key = headerKey(text);
  if (!key) return undefined;
  return (Object.keys(table) as K[]).find((k) => table[k].has(key));
}
