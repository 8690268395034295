import type { DuckDBConnection } from '@duckdb/node-api';
import { runSql } from './sql';

/**
 * Runs `fn` inside `begin transaction read only` on `conn` and always rolls back, so whatever
 * `fn` runs sees one snapshot and cannot change the database (DuckDB refuses the write).
 * Settings (`SET`) are not transactional: callers that run user SQL must refuse them first.
 */
export async function inReadOnlyTransaction<R>(conn: DuckDBConnection, fn: (conn: DuckDBConnection) => Promise<R>): Promise<R> {
  await runSql(conn, 'begin transaction read only');
  try {
    return await fn(conn);
  } finally {
    await runSql(conn, 'rollback');
  }
}
