import type { SourceRef } from './types';

/** Stable error codes of the core. Callers (CLI, API) map them to exit codes / HTTP statuses. */
export const ERROR_CODES = {
  VALUE_NOT_NUMBER: 'VALUE_NOT_NUMBER',
  NEGATIVE_VALUE: 'NEGATIVE_VALUE',
  NOT_INTEGER: 'NOT_INTEGER',
  VALUE_NOT_BOOLEAN: 'VALUE_NOT_BOOLEAN',
  UNKNOWN_OPTION: 'UNKNOWN_OPTION',
  VALUE_IS_DATE: 'VALUE_IS_DATE',
  UNIT_NOT_FOUND: 'UNIT_NOT_FOUND',
  UNIT_AMBIGUOUS: 'UNIT_AMBIGUOUS',
  BAD_PERIOD: 'BAD_PERIOD',
  BAD_RULE_EXPRESSION: 'BAD_RULE_EXPRESSION',
} as const;

export type CoreErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export interface TonghopErrorOptions {
  where?: SourceRef;
  cause?: unknown;
}

/**
 * The base error of every tonghop package: a stable `code`, a Vietnamese `message`
 * (what a user reads) and, when known, `where` it happened.
 */
export class TonghopError extends Error {
  readonly code: string;
  readonly where?: SourceRef;

  constructor(code: string, message: string, options: TonghopErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TonghopError';
    this.code = code;
    if (options.where) this.where = options.where;
  }
}

/** Input data that a user can fix (bad value, unknown unit, ...). */
export class TonghopInputError extends TonghopError {
  constructor(code: string, message: string, options: TonghopErrorOptions = {}) {
    super(code, message, options);
    this.name = 'TonghopInputError';
  }
}

/** A programming or configuration error (bad rule expression, unknown period code passed by code). */
export class TonghopInternalError extends TonghopError {
  constructor(code: string, message: string, options: TonghopErrorOptions = {}) {
    super(code, message, options);
    this.name = 'TonghopInternalError';
  }
}
