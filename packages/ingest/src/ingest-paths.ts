import type { IngestPlugin } from '@tonghop/ingest-contract';
import { DraftBuffer } from './draft-buffer';
import { INGEST_CODES as C } from './errors';
import { expandPaths } from './files';
import { ingestOneFile } from './ingest-file';
import type { FileRun } from './ingest-draft';
import { createRegistry, isRegistry, type PluginRegistry } from './registry';
import { auditRefusal, refusedResult } from './refuse';
import { createUnitIndex } from './resolve-header';
import type { IngestContext, IngestResult, IngestSource } from './types';

function registryOf(plugins: PluginRegistry | readonly IngestPlugin[]): PluginRegistry {
  return isRegistry(plugins) ? plugins : createRegistry(plugins);
}

async function prepare(ctx: IngestContext): Promise<FileRun> {
  return {
    ctx,
    registry: registryOf(ctx.plugins),
    units: createUnitIndex(await ctx.warehouse.listUnits()),
    buffer: new DraftBuffer(ctx.warehouse, ctx.batch),
  };
}

/** Runs one call's files: the buffer is flushed at the end, and a call cut short leaves no blob of a file it did not store. */
async function* inRun(ctx: IngestContext, files: (run: FileRun) => AsyncGenerator<IngestResult>): AsyncGenerator<IngestResult> {
  const run = await prepare(ctx);
  try {
    yield* files(run);
    yield* run.buffer.flush();
  } finally {
    await run.buffer.abandon();
  }
}

/**
 * Ingests files and folders in the order given (a folder's files in name order, recursively,
 * dotfiles skipped). Yields one result per submission; a file's failure never stops the others.
 * The valid drafts of all the files are stored in batches (DraftBuffer), results in order.
 */
export function ingestPaths(paths: readonly string[], ctx: IngestContext): AsyncGenerator<IngestResult> {
  return inRun(ctx, async function* (run) {
    const expanded = await expandPaths(paths);
    let index = 0;
    for (const entry of expanded) {
      index += 1;
      if ('missing' in entry) {
        const r = refusedResult(entry.missing, null, [
          { cell: null, rule: C.PATH_NOT_FOUND, message: `tệp ${entry.missing}: không tìm thấy tệp hoặc thư mục` },
        ]);
        await auditRefusal(ctx.warehouse, ctx.actor, r, null);
        run.buffer.addReady(r);
        continue;
      }
      ctx.onProgress?.({ kind: 'file-start', file: entry.name, index, files: expanded.length, bytes: 0 });
      yield* ingestOneFile(entry, run);
      ctx.onProgress?.({ kind: 'file-done', file: entry.name, index, files: expanded.length });
    }
  });
}

/** Ingests one file (an upload already on disk, `name` being what the user called it). */
export function ingestFile(file: IngestSource, ctx: IngestContext): AsyncGenerator<IngestResult> {
  return ingestFiles([file], ctx);
}

/** Ingests several files (one upload of many), stored in batches across them, results in order. */
export function ingestFiles(files: readonly IngestSource[], ctx: IngestContext): AsyncGenerator<IngestResult> {
  return inRun(ctx, async function* (run) {
    for (const file of files) yield* ingestOneFile(file, run);
  });
}

/** Collects an async iterable of results into an array. */
export async function collect(results: AsyncIterable<IngestResult>): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}
