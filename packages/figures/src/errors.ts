import { TonghopError } from '@tonghop/core';

/** Errors of @tonghop/figures: a stable `code` and a Vietnamese message naming what was asked. */
export class FiguresError extends TonghopError {
  declare readonly code: FiguresErrorCode;
  constructor(code: FiguresErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'FiguresError';
  }
}

export type FiguresErrorCode =
  | 'FIGURES_NOT_RUN'
  | 'UNIT_NOT_FOUND'
  | 'PERIOD_INVALID'
  | 'INDICATOR_NOT_FOUND'
  | 'GROUP_INVALID'
  | 'FORM_INVALID'
  | 'AS_OF_INVALID'
  | 'AS_OF_BEFORE_UNIT'
  | 'COMPARE_INVALID';
