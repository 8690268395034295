import { TonghopInputError } from '@tonghop/core';

/** Stable codes of `runReadOnlyQuery`. Every one is a refused input (CLI exit 1, HTTP 400). */
export const QUERY_ERROR_CODES = {
  /** Nothing but blanks or comments. */
  QUERY_EMPTY: 'QUERY_EMPTY',
  /** DuckDB's parser refused the text. */
  QUERY_SYNTAX: 'QUERY_SYNTAX',
  /** More than one statement (`select 1; select 2`). */
  QUERY_SEVERAL_STATEMENTS: 'QUERY_SEVERAL_STATEMENTS',
  /** A statement that writes or changes settings (INSERT, CREATE, COPY, ATTACH, SET ...). */
  QUERY_NOT_READ_ONLY: 'QUERY_NOT_READ_ONLY',
  /** A table function or a file path that reads outside the database (read_csv, 'x.parquet' ...). */
  QUERY_OUTSIDE_DATABASE: 'QUERY_OUTSIDE_DATABASE',
  QUERY_SECRET_TABLE: 'QUERY_SECRET_TABLE',
  /** A table, view, column or function that does not exist. */
  QUERY_NOT_FOUND: 'QUERY_NOT_FOUND',
  /** Anything else DuckDB refused while binding or running it. */
  QUERY_FAILED: 'QUERY_FAILED',
} as const;

export type QueryErrorCode = (typeof QUERY_ERROR_CODES)[keyof typeof QUERY_ERROR_CODES];

export class QueryError extends TonghopInputError {
  declare readonly code: QueryErrorCode;

  constructor(code: QueryErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(code, message, options);
    this.name = 'QueryError';
  }
}

export function isQueryError(error: unknown): error is QueryError {
  return error instanceof QueryError;
}

/** DuckDB's message without its "Catalog Error: " style prefix, first line only (no caret lines). */
export function duckReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('\n')[0] ?? text;
  return first.replace(/^(Failed to extract statements: )?/, '').trim();
}
