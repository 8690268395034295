import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { getCompleteness, getLineage, getRollup, runRollupPipeline } from '@tonghop/figures';
import { createRegistry, defaultPlugins, ingestFiles } from '@tonghop/ingest';
import { ensureRunLog, listRuns, PipelineError, type RunResult, type StoredRun } from '@tonghop/pipeline-runner';
import { runReadOnlyQuery } from '@tonghop/query';
import { openWarehouse, type Warehouse } from '@tonghop/warehouse';
import { DEFAULT_LIMITS, stderrLogger, type AppDeps, type Limits, type Logger } from './deps';
import type { IngestResultBody, PipelineRunBody } from './schemas';
import { makeSummary, makeTemplate } from './workbooks';

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
      // One upload is one ingest call: its files' submissions are stored in batches across them.
      const out: IngestResultBody[] = [];
      for await (const r of ingestFiles(files, {
        warehouse,
        plugins,
        actor: o.actor,
        clock,
        ...(o.mayUploadFor ? { mayUploadFor: o.mayUploadFor } : {}),
        ...(o.signal ? { signal: o.signal } : {}),
      })) {
        out.push(r);
      }
      return out;
    },
    figures: {
      rollup: (q) => getRollup(warehouse, q),
      completeness: (q) => getCompleteness(warehouse, q),
      lineage: (q) => getLineage(warehouse, q),
    },
    pipelines: {
      async run() {
        const result = await runRollupPipeline(warehouse, { clock }).catch((error: unknown) => {
          if (error instanceof PipelineError && error.run !== undefined) return error.run;
          throw error;
        });
        return { status: result.status, runs: [runBody(result)] };
      },
      // The run log table exists (ensured below through the writer), so listRuns' `create table if
      // not exists` is a no-op and may go through a read connection: reads never wait for writes.
      runs: async (limit) => (await listRuns({ query: warehouse.query, run: warehouse.query }, { limit })).map(runBody),
      refresh: () => runRollupPipeline(warehouse, { clock }),
    },
    workbooks: {
      exportSummary: (q) => makeSummary(warehouse, q, clock),
      template: (q) => makeTemplate(warehouse, q),
    },
    query: (sql, o) => runReadOnlyQuery(warehouse, sql, o),
    readBlob: async (sha) => Readable.toWeb(await warehouse.blobs.open(sha)) as ReadableStream<Uint8Array>,
  };
  await warehouse.write((tx) => ensureRunLog(tx));
  return { deps, warehouse, close: () => warehouse.close() };
}

function runBody(r: RunResult | StoredRun): PipelineRunBody {
  const iso = (d: Date | string) => (typeof d === 'string' ? d : d.toISOString());
  return {
    id: r.runId,
    pipeline: r.pipeline,
    status: r.status,
    started_at: iso(r.startedAt),
    finished_at: iso(r.finishedAt),
    ms: r.ms,
    models: r.models,
    error: r.error ?? null,
  };
}
