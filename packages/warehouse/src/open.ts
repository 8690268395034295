import { mkdtemp } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { catalog, categoryOptions, type CrosswalkLink, type Unit } from '@tonghop/core';
import { insertAudit } from './audit';
import { createBlobStore, type BlobStore } from './blobs';
import { syncCatalog, type CatalogInput } from './catalog-sync';
import { WAREHOUSE_ERROR_CODES, WarehouseError } from './errors';
import { silentLogger, type Logger } from './logger';
import { acquireShared, isMemoryPath, releaseShared } from './shared';
import { inReadOnlyTransaction } from './read-only';
import { readRows } from './sql';
import { Staging } from './staging';
import { storeSubmissionsTx } from './store-submission';
import * as reads from './submission-reads';
import type * as T from './types';
import { importCrosswalkTx } from './crosswalk';
import { importUnitsTx, LIST_UNITS_SQL, toUnit, type UnitRow } from './units';
import type { Tx } from './writer';

export interface OpenWarehouseOptions {
  /** A database file, or ':memory:' (never shared: each open is a fresh database). */
  path: string;
  /** Blob store folder. Default `${path}.files`; for ':memory:' a new temp folder (see `blobs.dir`). */
  blobDir?: string;
  clock?: () => Date;
  logger?: Logger;
  /** How long to wait while another process holds the file (ms). Default 10 000. */
  lockTimeoutMs?: number;
  /** Read connections in the pool. Default 4. */
  readConnections?: number;
  /** The catalog mirrored into `indicators`/`category_options` on open. Default: `@tonghop/core`'s. */
  catalog?: CatalogInput;
}

export interface Warehouse {
  readonly path: string;
  /** Migration versions this open applied (empty when the file was up to date or already open). */
  readonly appliedMigrations: readonly number[];
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  write<R>(fn: (tx: Tx) => Promise<R>): Promise<R>;
  /**
   * `fn` on a read connection inside `begin transaction read only`, always rolled back: one
   * consistent snapshot, and DuckDB refuses any write to the database made through it.
   */
  readOnly<R>(fn: (conn: DuckDBConnection) => Promise<R>): Promise<R>;
  readonly blobs: BlobStore;
  importUnits(units: readonly Unit[], actor: string): Promise<{ inserted: number; updated: number }>;
  listUnits(): Promise<Unit[]>;
  /** Links of a crosswalk effective on a date (spec §6), checked beforehand against the versions. */
  importCrosswalk(links: readonly CrosswalkLink[], effective: string, actor: string): Promise<{ inserted: number; updated: number }>;
  /** One submission: exactly `storeSubmissions([s])[0]`. */
  storeSubmission(s: T.NewSubmission): Promise<T.StoredSubmission>;
  /** Many submissions in one transaction, whole or nothing; results in list order. */
  storeSubmissions(list: readonly T.NewSubmission[], options?: T.StoreOptions): Promise<T.StoredSubmission[]>;
  /** Temporary tables on the writer connection for set-based work before a store (see staging.ts). Close it. */
  staging(): Staging;
  getSubmission(id: number): Promise<T.SubmissionRecord | null>;
  listSubmissions(filter?: T.SubmissionFilter): Promise<T.SubmissionRecord[]>;
  getFacts(submissionId: number): Promise<T.FactRecord[]>;
  getValidation(submissionId: number): Promise<T.ValidationRecord[]>;
  audit(entry: T.AuditEntry): Promise<void>;
  close(): Promise<void>;
}

export async function openWarehouse(opts: OpenWarehouseOptions): Promise<Warehouse> {
  const clock = opts.clock ?? (() => new Date());
  const logger = opts.logger ?? silentLogger;
  const memory = isMemoryPath(opts.path);
  const shared = await acquireShared(opts.path, {
    lockTimeoutMs: opts.lockTimeoutMs ?? 10_000,
    readConnections: opts.readConnections ?? 4,
    logger,
    now: clock,
  });
  let closed = false;
  const alive = (): void => {
    if (closed) throw new WarehouseError(WAREHOUSE_ERROR_CODES.WAREHOUSE_CLOSED, `Cơ sở dữ liệu ${opts.path} đã đóng.`);
  };
  try {
    let blobDir = opts.blobDir;
    if (!blobDir && memory) {
      blobDir = await mkdtemp(join(tmpdir(), 'tonghop-blobs-'));
      logger.warn('in-memory warehouse without blobDir: original files go to a temp folder', { blobDir });
    }
    const blobs = createBlobStore(resolve(blobDir ?? `${opts.path}.files`));
    const query = async <R>(sql: string, params?: readonly unknown[]): Promise<R[]> => {
      alive();
      return shared.readers.use((conn) => readRows<R>(conn, sql, params));
    };
    const write = async <R>(fn: (tx: Tx) => Promise<R>): Promise<R> => {
      alive();
      return shared.writer.write(fn);
    };
    const readOnly = async <R>(fn: (conn: DuckDBConnection) => Promise<R>): Promise<R> => {
      alive();
      return shared.readers.use((conn) => inReadOnlyTransaction(conn, fn));
    };
    const storeSubmissions = (list: readonly T.NewSubmission[], options?: T.StoreOptions): Promise<T.StoredSubmission[]> =>
      write((tx) => storeSubmissionsTx(tx, list, clock(), options));
    await write((tx) => syncCatalog(tx, opts.catalog ?? { indicators: catalog, options: categoryOptions }));
    return {
      path: memory ? opts.path : resolve(opts.path),
      appliedMigrations: shared.appliedMigrations,
      query,
      write,
      readOnly,
      blobs,
      importUnits: (units, actor) => write((tx) => importUnitsTx(tx, units, actor, clock())),
      listUnits: async () => (await query<UnitRow>(LIST_UNITS_SQL)).map(toUnit),
      importCrosswalk: (links, effective, actor) => write((tx) => importCrosswalkTx(tx, links, effective, actor, clock())),
      storeSubmission: async (s) => (await storeSubmissions([s]))[0] as T.StoredSubmission,
      storeSubmissions,
      staging: () => {
        alive();
        return new Staging(shared.writer);
      },
      getSubmission: (id) => reads.getSubmission(query, id),
      listSubmissions: (filter) => reads.listSubmissions(query, filter),
      getFacts: (id) => reads.getFacts(query, id),
      getValidation: (id) => reads.getValidation(query, id),
      audit: (entry) => write((tx) => insertAudit(tx, clock(), entry)),
      async close() {
        if (closed) return;
        closed = true;
        await releaseShared(shared);
      },
    };
  } catch (error: unknown) {
    closed = true;
    await releaseShared(shared);
    throw error;
  }
}
