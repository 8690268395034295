import { TonghopError, type TonghopErrorOptions } from '@tonghop/core';

/**
 * Stable codes of the orchestrator. Issue codes (`rule` in an IngestResult error) use the same
 * strings; the core's value codes (VALUE_NOT_NUMBER, NEGATIVE_VALUE, ...) pass through unchanged.
 */
export const INGEST_CODES = {
  PLUGIN_INVALID: 'PLUGIN_INVALID',
  PLUGIN_FAILED: 'PLUGIN_FAILED',
  PATH_NOT_FOUND: 'PATH_NOT_FOUND',
  FILE_EMPTY: 'FILE_EMPTY',
  FORMAT_UNKNOWN: 'FORMAT_UNKNOWN',
  FORMAT_AMBIGUOUS: 'FORMAT_AMBIGUOUS',
  NO_DATA: 'NO_DATA',
  UNIT_MISSING: 'UNIT_MISSING',
  UNIT_NOT_FOUND: 'UNIT_NOT_FOUND',
  UNIT_AMBIGUOUS: 'UNIT_AMBIGUOUS',
  UNIT_INACTIVE: 'UNIT_INACTIVE',
  UNIT_FORBIDDEN: 'UNIT_FORBIDDEN',
  PERIOD_MISSING: 'PERIOD_MISSING',
  PERIOD_INVALID: 'PERIOD_INVALID',
  FORM_INVALID: 'FORM_INVALID',
  FORM_UNIT_MISMATCH: 'FORM_UNIT_MISMATCH',
  FORM_NONE_FOR_UNIT: 'FORM_NONE_FOR_UNIT',
  INDICATOR_UNKNOWN: 'INDICATOR_UNKNOWN',
  INDICATOR_NOT_IN_FORM: 'INDICATOR_NOT_IN_FORM',
  INDICATOR_DERIVED: 'INDICATOR_DERIVED',
  OPTION_NOT_ALLOWED: 'OPTION_NOT_ALLOWED',
  OPTION_UNKNOWN: 'OPTION_UNKNOWN',
  DUPLICATE_FACT: 'DUPLICATE_FACT',
  IDENTICAL_FILE: 'IDENTICAL_FILE',
} as const;

export type IngestCode = (typeof INGEST_CODES)[keyof typeof INGEST_CODES];

/** A programming or configuration error of the orchestrator (bad plugin, tie in detection). */
export class IngestError extends TonghopError {
  constructor(code: IngestCode, message: string, options: TonghopErrorOptions = {}) {
    super(code, message, options);
    this.name = 'IngestError';
  }
}
