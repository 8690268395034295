import type { SourceRef } from '@tonghop/core';
import type { DraftIssue } from '@tonghop/ingest-contract';

/** Stable codes of every problem the Excel plugins report. Messages are Vietnamese and name the place. */
export const EXCEL_CODES = {
  LEGACY_XLS: 'EXCEL_LEGACY_XLS',
  ODS: 'EXCEL_ODS',
  MACRO: 'EXCEL_MACRO',
  NOT_XLSX: 'EXCEL_NOT_XLSX',
  TOO_LARGE: 'EXCEL_TOO_LARGE',
  TOO_MANY_ENTRIES: 'EXCEL_TOO_MANY_ENTRIES',
  CORRUPT: 'EXCEL_CORRUPT',
  NO_FORM_TABLE: 'EXCEL_NO_FORM_TABLE',
  NO_UNIT_TABLE: 'EXCEL_NO_UNIT_TABLE',
  FORMULA_NO_RESULT: 'EXCEL_FORMULA_NO_RESULT',
  CELL_ERROR: 'EXCEL_CELL_ERROR',
  TOTAL_MISMATCH: 'EXCEL_TOTAL_MISMATCH',
  EXTERNAL_LINKS: 'EXCEL_EXTERNAL_LINKS_IGNORED',
} as const;

export type ExcelCode = (typeof EXCEL_CODES)[keyof typeof EXCEL_CODES];

/** "tệp a.xlsx, trang Biểu 01, ô D12": the place a user looks at. */
export function describePlace(source: SourceRef): string {
  const parts = [`tệp ${source.file}`];
  if (source.sheet !== undefined) parts.push(`trang "${source.sheet}"`);
  if (source.cell !== undefined) parts.push(`ô ${source.cell}`);
  return parts.join(', ');
}

/** An issue whose message ends with the place it happened. */
export function issue(code: ExcelCode, what: string, source: SourceRef): DraftIssue {
  return { code, message: `${what} (${describePlace(source)}).`, source };
}

const SAVE_AS = 'Hãy mở tệp bằng Excel và lưu lại dưới dạng "Sổ làm việc Excel (*.xlsx)" rồi gửi lại';

/** The Vietnamese reason for refusing a whole file, by code. */
export function refusalMessage(code: ExcelCode, detail = ''): string {
  switch (code) {
    case EXCEL_CODES.LEGACY_XLS:
      return `Tệp là định dạng Excel cũ (.xls) hoặc đã đặt mật khẩu, hệ thống không đọc được. ${SAVE_AS}`;
    case EXCEL_CODES.ODS:
      return `Tệp là bảng tính OpenDocument (.ods), hệ thống không đọc được. ${SAVE_AS}`;
    case EXCEL_CODES.MACRO:
      return `Tệp có chứa macro (.xlsm), hệ thống không nhận tệp có macro vì lý do an toàn. ${SAVE_AS}`;
    case EXCEL_CODES.NOT_XLSX:
      return `Tệp không phải là sổ làm việc Excel (.xlsx). ${SAVE_AS}`;
    case EXCEL_CODES.TOO_LARGE:
      return `Tệp Excel giải nén ra quá lớn (${detail}), có thể là tệp độc hại nên bị từ chối. Hãy xóa các trang không cần thiết rồi gửi lại`;
    case EXCEL_CODES.TOO_MANY_ENTRIES:
      return `Tệp Excel chứa quá nhiều thành phần (${detail}), có thể là tệp độc hại nên bị từ chối. ${SAVE_AS}`;
    case EXCEL_CODES.CORRUPT:
      return `Tệp Excel bị hỏng hoặc không đọc được (${detail}). ${SAVE_AS}`;
    default:
      return detail;
  }
}

/** Thrown inside the plugins for a file refused whole; turned into a one-draft refusal at the edge. */
export class ExcelRefusal extends Error {
  readonly code: ExcelCode;
  constructor(code: ExcelCode, detail = '', options?: { cause?: unknown }) {
    super(refusalMessage(code, detail), options);
    this.name = 'ExcelRefusal';
    this.code = code;
  }
}
