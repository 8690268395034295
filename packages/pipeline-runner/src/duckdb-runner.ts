import type { DuckDBConnection } from '@duckdb/node-api';
import type { SqlRunner } from './types';

/** A SqlRunner over one DuckDB connection; BIGINT and HUGEINT come back as numbers, dates as ISO text. */
export function duckdbRunner(conn: DuckDBConnection): SqlRunner {
  return {
    async run(sql, params) {
      await conn.run(sql, params as never);
    },
    async query<T>(sql: string, params?: readonly unknown[]) {
      const reader = await conn.runAndReadAll(sql, params as never);
      return reader.getRowObjectsJS().map(toPlain) as T[];
    },
  };
}

function toPlain(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key] = plain(value);
  return out;
}

function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') return toPlain(value as Record<string, unknown>);
  return value;
}
