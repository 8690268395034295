import { TonghopError } from '@tonghop/core';

/** Stable codes of the template generator. */
export const TEMPLATE_CODES = {
  NOTHING_TO_FILL: 'TEMPLATE_NOTHING_TO_FILL',
  NO_UNITS: 'TEMPLATE_NO_UNITS',
} as const;

/** A template that cannot be made (a form without indicators, a table without units). Vietnamese message. */
export class TemplateError extends TonghopError {
  constructor(code: (typeof TEMPLATE_CODES)[keyof typeof TEMPLATE_CODES], message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'TemplateError';
  }
}
