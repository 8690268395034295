import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

/**
 * Read connections, separate from the writer, so reads are answered while a write transaction
 * is open (they see the last committed state). At most `max` connections; more readers wait.
 */
export class ReaderPool {
  private readonly idle: DuckDBConnection[] = [];
  private readonly waiters: ((conn: DuckDBConnection) => void)[] = [];
  private size = 0;
  private closed = false;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly max: number,
  ) {}

  async use<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    const conn = await this.acquire();
    try {
      return await fn(conn);
    } finally {
      this.release(conn);
    }
  }

  private async acquire(): Promise<DuckDBConnection> {
    const ready = this.idle.pop();
    if (ready) return ready;
    if (this.size < this.max) {
      this.size += 1;
      try {
        return await this.instance.connect();
      } catch (error: unknown) {
        this.size -= 1;
        throw error;
      }
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private release(conn: DuckDBConnection): void {
    const next = this.waiters.shift();
    if (next) return next(conn);
    if (this.closed) {
      conn.closeSync();
      this.size -= 1;
      return;
    }
    this.idle.push(conn);
  }

  /** Close the idle connections now; busy ones close when they are released. */
  close(): void {
    this.closed = true;
    for (const conn of this.idle.splice(0)) {
      conn.closeSync();
      this.size -= 1;
    }
  }
}
