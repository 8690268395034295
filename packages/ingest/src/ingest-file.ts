import { TonghopError } from '@tonghop/core';
import { HEAD_BYTES, type IngestFile, type IngestPlugin, type SubmissionDraft } from '@tonghop/ingest-contract';
import type { FileBlob } from './draft-buffer';
import { INGEST_CODES as C } from './errors';
import { formatHint } from './formats';
import { ingestDraft, type FileRun } from './ingest-draft';
import { cellRef, placed } from './place';
import { auditRefusal, refusedResult } from './refuse';
import { stageFile } from './stage-file';
import type { IngestResult, IngestSource } from './types';

function wholeFile(file: string, plugin: string | null, rule: string, message: string): IngestResult {
  return refusedResult(file, plugin, [{ cell: null, rule, message: `tệp ${file}: ${message}` }]);
}

/** A file copied into the blob store, as the plugins see it. */
export interface CopiedFile {
  file: IngestFile;
  blob: FileBlob;
}

/**
 * Copies the file into the blob store — its one read: hashed while copied, its first 64 KiB
 * kept for detection. Everything after reads this immutable copy.
 */
export async function copyIn(source: IngestSource, run: FileRun): Promise<CopiedFile> {
  const head = new Uint8Array(HEAD_BYTES);
  let filled = 0;
  const held = await run.ctx.warehouse.blobs.hold(source.path, {
    sync: false, // synced with its batch, before anything names it (DraftBuffer)
    onChunk(chunk) {
      if (filled >= HEAD_BYTES) return;
      const n = Math.min(chunk.length, HEAD_BYTES - filled);
      head.set(chunk.subarray(0, n), filled);
      filled += n;
    },
  });
  const file: IngestFile = { name: source.name, path: held.path, size: held.size, head: head.subarray(0, filled) };
  return { file, blob: run.buffer.startFile(held) };
}

/**
 * Ingests one file: one result per submission it yields, or one result refusing it whole.
 * Results go into the call's buffer, which yields them (in order) as its batches are stored.
 */
export async function* ingestOneFile(copied: Promise<CopiedFile>, run: FileRun): AsyncGenerator<IngestResult> {
  const { file, blob } = await copied;
  try {
    yield* ingestCopy(file, blob, run);
  } finally {
    run.buffer.endFile(blob);
  }
  if (run.buffer.full) yield* run.buffer.flush();
}

async function* ingestCopy(file: IngestFile, blob: FileBlob, run: FileRun): AsyncGenerator<IngestResult> {
  const { ctx, buffer } = run;
  const refuse = async (r: IngestResult, sha256: string | null) => {
    await auditRefusal(ctx.warehouse, ctx.actor, r, sha256);
    buffer.addReady(r);
  };
  if (file.size === 0) {
    await refuse(wholeFile(file.name, null, C.FILE_EMPTY, 'tệp rỗng (0 byte), không có dữ liệu'), null);
    return;
  }
  const detection = await run.registry.detect(file);
  if (!detection.ok) {
    const r =
      detection.code === 'FORMAT_UNKNOWN'
        ? wholeFile(file.name, null, C.FORMAT_UNKNOWN, `Không nhận dạng được định dạng tệp (cần ${formatHint(run.registry.metas)})`)
        : wholeFile(
            file.name,
            null,
            C.FORMAT_AMBIGUOUS,
            `Không xác định được định dạng tệp: hai plugin cùng nhận (${detection.tied.map((p) => p.name).join(' và ')}, độ tin cậy ${detection.confidence})`,
          );
    await refuse(r, null);
    return;
  }
  const { plugin } = detection;
  const sha256 = blob.blob.sha256;
  if (plugin.stage) {
    // A staged file is stored in one transaction of its own: what waits before it goes first.
    yield* buffer.flush();
    const staged = await stageFile(file, plugin, sha256, blob, run);
    if (staged) {
      for (const r of staged) buffer.addReady(r);
      return;
    }
  }
  yield* readDrafts(file, plugin, sha256, blob, run);
}

async function* readDrafts(
  file: IngestFile,
  plugin: IngestPlugin,
  sha256: string,
  blob: FileBlob,
  run: FileRun,
): AsyncGenerator<IngestResult> {
  const { ctx } = run;
  const readCtx = {
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    onProgress: (done: number, total: number) => ctx.onProgress?.({ kind: 'file-progress', file: file.name, done, total }),
  };
  const drafts = plugin.read(file, readCtx)[Symbol.asyncIterator]();
  try {
    yield* eachDraft(drafts, file, plugin, sha256, blob, run);
  } finally {
    await drafts.return?.(undefined); // closes the plugin's file when the consumer stops early
  }
}

/**
 * Only the plugin's reading is guarded: a failing read refuses the rest of this file and the
 * other files go on; a warehouse failure while storing propagates (it is not the file's fault).
 * Valid drafts are stored in batches (DraftBuffer); results keep the plugin's order.
 */
async function* eachDraft(
  drafts: AsyncIterator<SubmissionDraft>,
  file: IngestFile,
  plugin: IngestPlugin,
  sha256: string,
  blob: FileBlob,
  run: FileRun,
): AsyncGenerator<IngestResult> {
  const { ctx, buffer } = run;
  let count = 0;
  for (;;) {
    let step: IteratorResult<SubmissionDraft>;
    try {
      step = await drafts.next();
    } catch (error: unknown) {
      const r =
        error instanceof TonghopError
          ? refusedResult(file.name, plugin.name, [
              { cell: cellRef(error.where), rule: error.code, message: placed(error.where, file.name, error.message) },
            ])
          : wholeFile(
              file.name,
              plugin.name,
              C.PLUGIN_FAILED,
              `lỗi khi đọc tệp bằng plugin ${plugin.name}: ${error instanceof Error ? error.message : String(error)}`,
            );
      await auditRefusal(ctx.warehouse, ctx.actor, r, sha256);
      buffer.addReady(r);
      return;
    }
    if (step.done) break;
    count += 1;
    const outcome = await ingestDraft(file, plugin, sha256, step.value, run);
    if ('submission' in outcome) buffer.addDraft(outcome, blob);
    else buffer.addReady(outcome);
    if (buffer.full) yield* buffer.flush();
  }
  if (count === 0) {
    const r = wholeFile(file.name, plugin.name, C.NO_DATA, 'không có dòng số liệu nào (tệp chỉ có dòng tiêu đề hoặc trống)');
    await auditRefusal(ctx.warehouse, ctx.actor, r, sha256);
    buffer.addReady(r);
  }
}
