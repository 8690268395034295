import { quotedIdentifier } from '@duckdb/node-api';

/**
 * Quote an SQL identifier for DuckDB: `my "table"` → `"my ""table"""`. Never paste a value. The
 * one quoting helper of the workspace (the pipeline runner re-exports it): DuckDB's own
 * `quotedIdentifier`, refusing the empty name and NUL, which DuckDB cannot take as identifiers.
 */
export function quoteIdent(name: string): string {
  if (name.length === 0) throw new TypeError('quoteIdent: empty identifier');
  if (name.includes('\u0000')) throw new TypeError('quoteIdent: NUL in identifier');
  return quotedIdentifier(name);
}

/** Quote a possibly qualified name given as parts: `qualifiedName('rollup', 'figures')` → `"rollup"."figures"`. */
export function qualifiedName(...parts: string[]): string {
  return parts.map(quoteIdent).join('.');
}
