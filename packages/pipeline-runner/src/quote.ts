import { quotedString } from '@duckdb/node-api';

/** Identifiers are quoted by the warehouse's helper (DuckDB's own `quotedIdentifier`). */
export { quoteIdent } from '@tonghop/warehouse';

/** A SQL literal for a `var()` or unit-test value: only for values the pipeline author wrote. */
export function sqlLiteral(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return quotedString(value);
}
