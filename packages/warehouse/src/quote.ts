/** Quote an SQL identifier for DuckDB: `my "table"` → `"my ""table"""`. Never paste a value. */
export function quoteIdent(name: string): string {
  if (name.length === 0) throw new TypeError('quoteIdent: empty identifier');
  if (name.includes('\u0000')) throw new TypeError('quoteIdent: NUL in identifier');
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quote a possibly qualified name given as parts: `qualifiedName('rollup', 'figures')` → `"rollup"."figures"`. */
export function qualifiedName(...parts: string[]): string {
  return parts.map(quoteIdent).join('.');
}
