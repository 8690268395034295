import { resolve } from 'node:path';
import type { DuckDBInstance } from '@duckdb/node-api';
import type { Logger } from './logger';
import { loadMigrations, migrate } from './migrate';
import { createInstance } from './open-instance';
import { ReaderPool } from './reader-pool';
import { Writer } from './writer';

/**
 * What all handles on one database file in this process share: the one DuckDB instance, the one
 * writer (connection + queue) and the read pool. Counted; the last `release` closes the file.
 */
export interface Shared {
  readonly key: string | null;
  readonly instance: DuckDBInstance;
  readonly writer: Writer;
  readonly readers: ReaderPool;
  /** Migration versions applied when this instance was created (empty when already up to date). */
  readonly appliedMigrations: number[];
  refs: number;
  closed: boolean;
}

export interface SharedOptions {
  lockTimeoutMs: number;
  readConnections: number;
  logger: Logger;
  now: () => Date;
}

const cache = new Map<string, Promise<Shared>>();

export function isMemoryPath(path: string): boolean {
  return path === ':memory:' || path.startsWith(':memory:');
}

async function create(path: string, key: string | null, opts: SharedOptions): Promise<Shared> {
  const instance = await createInstance(path, opts.lockTimeoutMs, opts.logger);
  try {
    const writerConnection = await instance.connect();
    const writer = new Writer(writerConnection);
    const migrations = await loadMigrations();
    const appliedMigrations = await writer.exclusive((conn) => migrate(conn, migrations, opts.now()));
    if (appliedMigrations.length > 0) opts.logger.info('migrations applied', { path, versions: appliedMigrations });
    return { key, instance, writer, readers: new ReaderPool(instance, opts.readConnections), appliedMigrations, refs: 0, closed: false };
  } catch (error: unknown) {
    instance.closeSync();
    throw error;
  }
}

/** The shared instance for `path` (one per file per process; ':memory:' is never shared). */
export async function acquireShared(path: string, opts: SharedOptions): Promise<Shared> {
  if (isMemoryPath(path)) {
    const shared = await create(path, null, opts);
    shared.refs = 1;
    return shared;
  }
  const key = resolve(path);
  for (;;) {
    let pending = cache.get(key);
    if (!pending) {
      pending = create(key, key, opts);
      cache.set(key, pending);
      pending.then(undefined, () => cache.delete(key));
    }
    const shared = await pending;
    if (shared.closed) continue;
    shared.refs += 1;
    return shared;
  }
}

/** Drop one reference; the last one waits for the running write, then closes the file. */
export async function releaseShared(shared: Shared): Promise<void> {
  shared.refs -= 1;
  if (shared.refs > 0) return;
  shared.closed = true;
  if (shared.key) cache.delete(shared.key);
  await shared.writer.exclusive(async (conn) => {
    shared.readers.close();
    conn.closeSync();
  });
  shared.instance.closeSync();
}
