import { coverageWords, formTitle, UNIT_NOUNS, UNIT_TYPE_NAMES, type FormCode, type UnitType } from '@tonghop/core';
import type { RowStatus } from './types';

// The nouns, type names and form titles are core's vocabulary (one home for the page, the CLI and
// the workbook); the sheets read them under these names.
export const UNIT_TYPE_LABEL = UNIT_TYPE_NAMES;
export const FORM_TITLE: Readonly<Record<FormCode, string>> = {
  XA: formTitle('XA'),
  CQ: formTitle('CQ'),
  DN: formTitle('DN'),
  MT: formTitle('MT'),
};

/** Sheet names (≤ 31 characters, none of : \ / ? * [ ]). */
export const FORM_SHEET: Record<FormCode, string> = {
  XA: 'Biểu XA - Xã',
  CQ: 'Biểu CQ - Cơ quan',
  DN: 'Biểu DN - Doanh nghiệp',
  MT: 'Biểu MT - Mặt trận',
};

export const SHEET_OVERVIEW = 'Tổng hợp';
export const SHEET_MISSING = 'Chưa báo cáo';
export const SHEET_COMMENTS = 'Ý kiến';

export const TITLE = 'BÁO CÁO TỔNG HỢP';
/** The title's second line, followed by the period in words. */
export const TITLE_SUBJECT = 'Kết quả thực hiện dân chủ ở cơ sở';

/** Quốc hiệu and tiêu ngữ (Nghị định 30/2020/NĐ-CP). */
export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** The signature block under every printed table. */
export const SIGN_PREPARER = 'NGƯỜI LẬP BIỂU';
export const SIGN_PREPARER_HINT = '(Ký, ghi rõ họ tên)';
export const SIGN_HEAD = 'THỦ TRƯỞNG ĐƠN VỊ';
export const SIGN_HEAD_HINT = '(Ký, ghi rõ họ tên, đóng dấu)';

export const STATUS_WORD: Record<RowStatus, string> = {
  on_time: 'Đúng hạn',
  late: 'Nộp muộn',
  missing: 'Chưa báo cáo',
};

/** "8/8 xã". */
export function coverageText(reporting: number, expected: number, type: UnitType): string {
  return coverageWords(reporting, expected, UNIT_NOUNS[type]);
}

/** "22/11/2026 lúc 09:30", in Vietnam time whatever the machine's zone. */
export function exportDateText(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} lúc ${part('hour')}:${part('minute')}`;
}
