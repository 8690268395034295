import { TonghopInputError } from '@tonghop/core';

/** Stable codes of export and import. Every one is a refused input (CLI exit 1). */
export const EXCHANGE_ERROR_CODES = {
  /** `--out` exists and is not an empty folder: an export never mixes with other files. */
  EXPORT_OUT_NOT_EMPTY: 'EXPORT_OUT_NOT_EMPTY',
  /** `--unit` names no unit. */
  EXPORT_UNIT_NOT_FOUND: 'EXPORT_UNIT_NOT_FOUND',
  /** The folder given to import is not a tonghop Parquet export (no folder, no manifest.json, not ours). */
  IMPORT_NOT_AN_EXPORT: 'IMPORT_NOT_AN_EXPORT',
  /** The manifest's schema_version is not one this version reads. */
  IMPORT_SCHEMA_VERSION: 'IMPORT_SCHEMA_VERSION',
  /** The Parquet files do not hold what the manifest counts (a copy cut short, a file missing). */
  IMPORT_DAMAGED: 'IMPORT_DAMAGED',
  /** A unit of the export is already here, from another instance, with different data. */
  IMPORT_UNIT_CONFLICT: 'IMPORT_UNIT_CONFLICT',
} as const;

export type ExchangeErrorCode = (typeof EXCHANGE_ERROR_CODES)[keyof typeof EXCHANGE_ERROR_CODES];

export class ExchangeError extends TonghopInputError {
  declare readonly code: ExchangeErrorCode;

  constructor(code: ExchangeErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
    this.name = 'ExchangeError';
  }
}

export function isExchangeError(error: unknown): error is ExchangeError {
  return error instanceof ExchangeError;
}
