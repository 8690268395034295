import type { DuckDBConnection } from '@duckdb/node-api';
import { plainConverter, type PlainValue } from './convert';
import { toDuckValues } from './convert';
import { WarehouseQueryError } from './errors';

/** Run one statement with bound values and return its rows as plain objects (see convert.ts). */
export async function readRows<T>(conn: DuckDBConnection, sql: string, params?: readonly unknown[]): Promise<T[]> {
  try {
    const reader = await conn.runAndReadAll(sql, toDuckValues(params));
    const rows = reader.convertRowObjects(plainConverter);
    // JSON columns: the alias is on the column type only, so parse here rather than in the converter.
    const names = reader.columnNames();
    const jsonColumns = reader.columnTypes().flatMap((type, i) => (type.alias === 'JSON' && names[i] !== undefined ? [names[i]] : []));
    for (const row of rows) {
      for (const name of jsonColumns) {
        const text = row[name];
        if (typeof text === 'string') row[name] = JSON.parse(text) as PlainValue;
      }
    }
    return rows as T[];
  } catch (error: unknown) {
    throw new WarehouseQueryError(sql, params ?? [], error);
  }
}

/** Run statement(s) and return the number of rows changed by the last one. */
export async function runSql(conn: DuckDBConnection, sql: string, params?: readonly unknown[]): Promise<number> {
  try {
    const result = params && params.length > 0 ? await conn.run(sql, toDuckValues(params)) : await conn.run(sql);
    return result.rowsChanged;
  } catch (error: unknown) {
    throw new WarehouseQueryError(sql, params ?? [], error);
  }
}
