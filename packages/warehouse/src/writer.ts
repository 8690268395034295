import { AsyncLocalStorage } from 'node:async_hooks';
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { WAREHOUSE_ERROR_CODES, WarehouseError } from './errors';
import { Mutex } from './mutex';
import { readRows, runSql } from './sql';

/** What a `write()` callback gets: the writer connection, inside an open transaction. */
export interface Tx {
  /** Run statement(s) with bound values; returns rows changed by the last one. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Read inside the transaction (sees its own uncommitted rows). */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** A DuckDB Appender on the writer connection: its rows belong to this transaction. Close it before returning. */
  appender(table: string, schema?: string, catalog?: string): Promise<DuckDBAppender>;
  /** The raw writer connection, for what Tx does not cover. Never BEGIN/COMMIT on it yourself. */
  readonly connection: DuckDBConnection;
}

/**
 * The single writer of a database file in this process: one connection, one FIFO queue.
 * Each `write(fn)` runs BEGIN, fn, COMMIT; when fn throws, ROLLBACK and rethrow.
 */
export class Writer {
  private readonly mutex = new Mutex();
  private readonly inside = new AsyncLocalStorage<Writer>();

  constructor(readonly connection: DuckDBConnection) {}

  async write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.inside.getStore() === this) {
      throw new WarehouseError(
        WAREHOUSE_ERROR_CODES.WAREHOUSE_NESTED_WRITE,
        'Lỗi lập trình: gọi write() lồng bên trong một write() khác; hãy dùng tx được truyền vào.',
      );
    }
    const release = await this.mutex.acquire();
    try {
      return await this.inside.run(this, () => this.transaction(fn));
    } finally {
      release();
    }
  }

  /** Run fn holding the queue but outside any transaction (migrations manage their own). */
  async exclusive<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    const release = await this.mutex.acquire();
    try {
      return await fn(this.connection);
    } finally {
      release();
    }
  }

  private async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const conn = this.connection;
    const appenders: DuckDBAppender[] = [];
    const tx: Tx = {
      run: (sql, params) => runSql(conn, sql, params),
      query: <R>(sql: string, params?: readonly unknown[]) => readRows<R>(conn, sql, params),
      appender: async (table, schema, catalog) => {
        const appender = await conn.createAppender(table, schema ?? null, catalog ?? null);
        appenders.push(appender);
        return appender;
      },
      connection: conn,
    };
    await runSql(conn, 'begin transaction');
    let result: T;
    try {
      result = await fn(tx);
      for (const appender of appenders) appender.closeSync(); // flushes; idempotent if fn closed it
    } catch (error: unknown) {
      for (const appender of appenders) appender.clear();
      await runSql(conn, 'rollback');
      throw error;
    }
    await runSql(conn, 'commit');
    return result;
  }
}
