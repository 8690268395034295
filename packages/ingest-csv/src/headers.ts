/**
 * Header matching: case, diacritics (NFC or NFD), đ, spaces and punctuation are ignored, so
 * "Mã đơn vị", "MA DON VI" and "ma_don_vi" are one key.
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const keys = (...names: string[]) => new Set(names.map(headerKey));

/** Column names each plugin understands, English first, then the Vietnamese ones submitters write. */
export const COLUMN_NAMES = {
  unitCode: keys('unit_code', 'unit', 'Mã đơn vị', 'Mã ĐV', 'Mã đơn vị báo cáo'),
  unitName: keys('unit_name', 'Đơn vị', 'Tên đơn vị', 'Đơn vị báo cáo', 'Tên ĐV'),
  period: keys('period', 'Kỳ', 'Kỳ báo cáo'),
  form: keys('form', 'Biểu mẫu', 'Mẫu số', 'Biểu', 'Mẫu biểu'),
  indicator: keys('indicator', 'Chỉ tiêu', 'Mã chỉ tiêu'),
  value: keys('value', 'Giá trị', 'Số liệu', 'Kết quả'),
  option: keys('category_option', 'option', 'Phân tổ', 'Mã phân tổ'),
  /** Wide tables: columns that are neither unit, period, form nor an indicator. */
  ignored: keys('STT', 'TT', 'Số TT', 'Ghi chú', 'note', 'Loại đơn vị', 'unit_type'),
} as const;

export type ColumnRole = keyof typeof COLUMN_NAMES;

/** The role of a header cell, or null for anything else (in a wide table: an indicator). */
export function columnRole(text: string, roles: readonly ColumnRole[]): ColumnRole | null {
  const key = headerKey(text);
  for (const role of roles) if (COLUMN_NAMES[role].has(key)) return role;
  return null;
}

/** Labels of preamble lines in a wide table ("Kỳ báo cáo: 6 tháng đầu năm 2022"). */
export function preambleRole(label: string): 'period' | 'form' | null {
  const key = headerKey(label);
  if (COLUMN_NAMES.period.has(key)) return 'period';
  if (COLUMN_NAMES.form.has(key)) return 'form';
  return null;
}

/** "Cộng", "Tổng cộng", "Tổng số" (with anything after, e.g. "Tổng cộng toàn huyện"): not a unit. */
export function isTotalLabel(text: string): boolean {
  const key = headerKey(text);
  return key === 'cong' || key === 'tong' || /^(tong_cong|tong_so|cong_toan)(_|$)/.test(key);
}
