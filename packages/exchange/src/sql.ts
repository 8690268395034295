import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { readRows } from '@tonghop/warehouse';

/** Runs one statement with bound values (strings, numbers, null); returns the rows it changed or copied. */
export async function exec(conn: DuckDBConnection, sql: string, params: readonly DuckDBValue[] = []): Promise<number> {
  const result = params.length > 0 ? await conn.run(sql, [...params]) : await conn.run(sql);
  return result.rowsChanged;
}

export function rows<R>(conn: DuckDBConnection, sql: string, params?: readonly unknown[]): Promise<R[]> {
  return readRows<R>(conn, sql, params);
}

export async function tableExists(conn: DuckDBConnection, name: string): Promise<boolean> {
  const found = await rows(conn, `select 1 from duckdb_tables() where schema_name = 'main' and table_name = $1`, [name]);
  return found.length > 0;
}
