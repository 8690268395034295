/** Errors of @tonghop/figures: a stable `code` and a Vietnamese message naming what was asked. */
export class FiguresError extends Error {
  override name = 'FiguresError';
  constructor(readonly code: FiguresErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export type FiguresErrorCode =
  | 'FIGURES_NOT_RUN'
  | 'UNIT_NOT_FOUND'
  | 'PERIOD_INVALID'
  | 'INDICATOR_NOT_FOUND'
  | 'GROUP_INVALID'
  | 'FORM_INVALID';
