import type { IngestPlugin } from '@tonghop/ingest-contract';
import { DraftBuffer } from './draft-buffer';
import { INGEST_CODES as C } from './errors';
import { expandPaths } from './files';
import { copyIn, ingestOneFile, type CopiedFile } from './ingest-file';
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

/** How many files ahead are copied into the blob store while one is read (their I/O overlaps its parsing). */
const COPY_AHEAD = 2;

/**
 * The files' copies, started up to COPY_AHEAD files ahead of the one being ingested. Copies
 * started and not consumed (a call cut short) are awaited, so that the buffer can release them.
 */
async function* copiedAhead<T>(
  entries: readonly T[],
  source: (entry: T) => IngestSource | null,
  run: FileRun,
): AsyncGenerator<[T, Promise<CopiedFile> | null]> {
  const started: (Promise<CopiedFile> | null)[] = [];
  const start = (i: number) => {
    const entry = entries[i];
    const src = entry === undefined ? null : source(entry);
    const copy = src ? copyIn(src, run) : null;
    copy?.catch(() => undefined); // rethrown where it is consumed
    started[i] = copy;
  };
  let next = 0;
  try {
    for (let i = 0; i < entries.length; i++) {
      while (next < entries.length && next <= i + COPY_AHEAD) start(next++);
      yield [entries[i] as T, started[i] ?? null];
      started[i] = null;
    }
  } finally {
    await Promise.allSettled(started.filter((p) => p !== null));
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
    for await (const [entry, copy] of copiedAhead(expanded, (e) => ('missing' in e ? null : e), run)) {
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
      yield* ingestOneFile(copy ?? copyIn(entry, run), run);
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
    for await (const [, copy] of copiedAhead(files, (f) => f, run)) if (copy) yield* ingestOneFile(copy, run);
  });
}

/** Collects an async iterable of results into an array. */
export async function collect(results: AsyncIterable<IngestResult>): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}
