import { TonghopInternalError } from '../errors';
import type { Period } from '../types';
import { upperFirst } from '../upper-first';
import { periodFromCode } from './period-codes';

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** The period for a code, or a thrown `BAD_PERIOD` error: for codes the program itself holds. */
export function requirePeriod(code: string): Period {
  const period = periodFromCode(code);
  if (!period) throw new TonghopInternalError('BAD_PERIOD', `Mã kỳ báo cáo không hợp lệ: "${code}"`);
  return period;
}

/**
 * A period in words, the one label style of tonghop (see README): "năm 2022",
 * "6 tháng đầu năm 2022", "6 tháng cuối năm 2022", "quý I năm 2023", "tháng 3 năm 2023",
 * "9 tháng đầu năm 2023", "giai đoạn 2017 - 2022". Lower case, for inside a sentence
 * ("Tổng hợp huyện Đam Rông, quý I năm 2023"); `periodTitle` is the same words standing alone.
 * Throws `BAD_PERIOD` on a bad code.
 */
export function periodLabel(code: string): string {
  const p = requirePeriod(code);
  const year = p.start.slice(0, 4);
  const month = Number(p.start.slice(5, 7));
  switch (p.kind) {
    case 'year':
      return `năm ${year}`;
    case 'half':
      return month === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
    case 'quarter':
      return `quý ${ROMAN[(month + 2) / 3]} năm ${year}`;
    case 'month':
      return `tháng ${month} năm ${year}`;
    case 'nine_months':
      return `9 tháng đầu năm ${year}`;
    case 'multi_year':
      return `giai đoạn ${year} - ${p.end.slice(0, 4)}`;
  }
}

/**
 * `periodLabel` standing alone (a list item, a column or axis label, a heading, after "Kỳ báo cáo:"):
 * the same words with a capital first letter: "Năm 2022", "Quý I năm 2023", "6 tháng đầu năm 2022".
 */
export function periodTitle(code: string): string {
  return upperFirst(periodLabel(code));
}
