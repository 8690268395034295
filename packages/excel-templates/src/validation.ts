import { optionsOfSet, type Indicator } from '@tonghop/core';
import type ExcelJS from 'exceljs';

/** Excel refuses a list literal longer than 255 characters. */
const MAX_LIST = 255;

/**
 * The data validation of a value cell: Có/Không for booleans, whole numbers ≥ 0 for counts,
 * a dropdown of option labels for categories, a fraction 0..1 for percents; none for free text.
 */
export function valueValidation(indicator: Indicator): ExcelJS.DataValidation | null {
  const base = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Giá trị không hợp lệ' } as const;
  switch (indicator.valueType) {
    case 'integer':
      return { ...base, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], error: 'Nhập số nguyên không âm (0, 1, 2, ...).' };
    case 'boolean':
      return { ...base, type: 'list', formulae: ['"Có,Không"'], error: 'Chọn "Có" hoặc "Không".' };
    case 'percent':
      return { ...base, type: 'decimal', operator: 'between', formulae: [0, 1], error: 'Nhập tỷ lệ từ 0% đến 100%.' };
    case 'category': {
      const labels = optionsOfSet(indicator.categorySet ?? '').map((o) => o.label.replace(/"/g, "'"));
      const list = `"${labels.join(',')}"`;
      if (labels.length === 0 || list.length > MAX_LIST) return null;
      return { ...base, type: 'list', formulae: [list], error: `Chọn một trong: ${labels.join('; ')}.` };
    }
    default:
      return null;
  }
}
