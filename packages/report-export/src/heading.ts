import type { SummaryModel } from './types';
import { periodTitle } from '@tonghop/core';
import { exportDateText, TITLE } from './words';

/** The heading every sheet starts with: title, unit, period in words, export date, sheet title. */
export function headingLines(model: SummaryModel, sheetTitle: string): { title: string; subtitle: string[] } {
  return {
    title: TITLE,
    subtitle: [
      `Đơn vị: ${model.unit.name} (mã ${model.unit.code})`,
      `Kỳ báo cáo: ${periodTitle(model.period)} (${model.period})`,
      `Ngày xuất báo cáo: ${exportDateText(model.exportedAt)}`,
      sheetTitle,
    ],
  };
}

const VI_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A number inside a sentence, the Vietnamese way: 7.554, 12,5. */
export function viNumber(n: number): string {
  return VI_NUMBER.format(n);
}
