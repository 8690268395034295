import { TonghopError, TonghopInputError } from '@tonghop/core';
import { FiguresError } from '@tonghop/figures';

export type ReportDocxErrorCode =
  /** A template file under templates/ cannot be read or has a syntax error (names the file and line). */
  | 'REPORT_TEMPLATE_INVALID'
  /** The unit passed the roll-up's checks but its row could not be read (should not happen). */
  | 'REPORT_UNIT_MISSING'
  /** Writing the .docx failed. */
  | 'REPORT_WRITE_FAILED';

/** Errors of @tonghop/report-docx: a stable `code`, a Vietnamese message naming what failed. */
export class ReportDocxError extends TonghopError {
  declare readonly code: ReportDocxErrorCode;
  constructor(code: ReportDocxErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'ReportDocxError';
  }
}

/** A request the user can fix (unknown unit or period, pipeline not run): not a bug. */
export function isReportRefusal(error: unknown): error is FiguresError | TonghopInputError {
  return error instanceof FiguresError || error instanceof TonghopInputError;
}
