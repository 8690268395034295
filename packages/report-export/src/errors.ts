import { TonghopError } from '@tonghop/core';

/** Errors of @tonghop/report-export: a stable `code`, a Vietnamese message naming what failed. */
export class ReportExportError extends TonghopError {
  declare readonly code: ReportExportErrorCode;
  constructor(code: ReportExportErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'ReportExportError';
  }
}

export type ReportExportErrorCode =
  /** The unit exists for figures but its row could not be read (should not happen). */
  | 'EXPORT_UNIT_MISSING'
  /** Writing the workbook to its destination failed (disk full, closed stream...). */
  | 'EXPORT_WRITE_FAILED';
