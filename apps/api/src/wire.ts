import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { createRegistry, defaultPlugins, ingestFile } from '@tonghop/ingest';
import { openWarehouse, type Warehouse } from '@tonghop/warehouse';
import { DEFAULT_LIMITS, stderrLogger, type AppDeps, type Limits, type Logger } from './deps';
import type { IngestResultBody } from './schemas';

/** apps/web/dist, when it has been built. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface RealDepsOptions {
  /** The database file (`--db`, `TONGHOP_DB`, default ./tonghop.duckdb). */
  db: string;
  logger?: Logger;
  clock?: () => Date;
  limits?: Partial<Limits>;
  publicRead?: boolean;
  webDir?: string | null;
}

/**
 * The real dependencies: the warehouse on `db`, the ingest orchestrator with the default plugins,
 * the blob store. Features whose package has not landed stay undefined (their routes answer 501).
 */
export async function openRealDeps(opts: RealDepsOptions): Promise<{ deps: AppDeps; warehouse: Warehouse; close(): Promise<void> }> {
  const logger = opts.logger ?? stderrLogger;
  const clock = opts.clock ?? (() => new Date());
  const warehouse = await openWarehouse({ path: opts.db, clock, logger });
  const plugins = createRegistry(defaultPlugins());
  const deps: AppDeps = {
    warehouse,
    clock,
    logger,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    publicRead: opts.publicRead ?? false,
    webDir: opts.webDir === undefined ? (existsSync(WEB_DIST) ? WEB_DIST : null) : opts.webDir,
    async ingest(files, o) {
      const out: IngestResultBody[] = [];
      for (const file of files) {
        for await (const r of ingestFile(file, { warehouse, plugins, actor: o.actor, clock, ...(o.mayUploadFor ? { mayUploadFor: o.mayUploadFor } : {}), ...(o.signal ? { signal: o.signal } : {}) })) {
          out.push(r);
        }
      }
      return out;
    },
    readBlob: async (sha) => Readable.toWeb(await warehouse.blobs.open(sha)) as ReadableStream<Uint8Array>,
  };
  return { deps, warehouse, close: () => warehouse.close() };
}
