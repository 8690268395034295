import { TonghopError } from '@tonghop/core';
import type { IngestFile, IngestPlugin, SubmissionDraft } from '@tonghop/ingest-contract';
import { INGEST_CODES as C } from './errors';
import { hashFile, openIngestFile } from './files';
import { cellRef, placed } from './place';
import { auditRefusal, isFileChanged, refusedResult, refuseChangedFile } from './refuse';
import { DraftBuffer } from './draft-buffer';
import { ingestDraft, type FileRun } from './ingest-draft';
import { ingestStaged } from './staged/ingest-staged';
import type { IngestResult, IngestSource } from './types';

function wholeFile(file: string, plugin: string | null, rule: string, message: string): IngestResult {
  return refusedResult(file, plugin, [{ cell: null, rule, message: `tệp ${file}: ${message}` }]);
}

/** Ingests one file: one result per submission it yields, or one result refusing it whole. */
export async function* ingestOneFile(source: IngestSource, run: FileRun): AsyncGenerator<IngestResult> {
  const { ctx } = run;
  const file = await openIngestFile(source);
  if (file.size === 0) {
    const r = wholeFile(source.name, null, C.FILE_EMPTY, 'tệp rỗng (0 byte), không có dữ liệu');
    await auditRefusal(ctx.warehouse, ctx.actor, r, null);
    yield r;
    return;
  }
  const detection = await run.registry.detect(file);
  if (!detection.ok) {
    const r =
      detection.code === 'FORMAT_UNKNOWN'
        ? wholeFile(
            source.name,
            null,
            C.FORMAT_UNKNOWN,
            'Không nhận dạng được định dạng tệp (cần CSV dạng dài/rộng hoặc Excel dạng biểu mẫu/bảng)',
          )
        : wholeFile(
            source.name,
            null,
            C.FORMAT_AMBIGUOUS,
            `Không xác định được định dạng tệp: hai plugin cùng nhận (${detection.tied.map((p) => p.name).join(' và ')}, độ tin cậy ${detection.confidence})`,
          );
    await auditRefusal(ctx.warehouse, ctx.actor, r, null);
    yield r;
    return;
  }
  const staged = await ingestStaged(file, detection.plugin, run);
  if ('results' in staged) {
    yield* staged.results;
    return;
  }
  const sha256 = staged.fallback ?? (await hashFile(file.path));
  yield* readDrafts(file, detection.plugin, sha256, run);
}

async function* readDrafts(file: IngestFile, plugin: IngestPlugin, sha256: string, run: FileRun): AsyncGenerator<IngestResult> {
  const { ctx } = run;
  const readCtx = {
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    onProgress: (done: number, total: number) => ctx.onProgress?.({ kind: 'file-progress', file: file.name, done, total }),
  };
  const drafts = plugin.read(file, readCtx)[Symbol.asyncIterator]();
  try {
    yield* eachDraft(drafts, file, plugin, sha256, run);
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
  run: FileRun,
): AsyncGenerator<IngestResult> {
  const { ctx } = run;
  const state = { blobStored: false };
  const buffer = new DraftBuffer(ctx.warehouse, ctx.batch);
  let count = 0;
  for (;;) {
    let step: IteratorResult<SubmissionDraft>;
    try {
      step = await drafts.next();
    } catch (error: unknown) {
      yield* buffer.flush();
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
      yield r;
      return;
    }
    if (step.done) break;
    count += 1;
    let outcome: Awaited<ReturnType<typeof ingestDraft>>;
    try {
      outcome = await ingestDraft(file, plugin, sha256, step.value, run, state);
    } catch (error: unknown) {
      // The first valid draft keeps the original bytes; nothing of this file is stored before that.
      if (!isFileChanged(error)) throw error;
      yield* buffer.flush();
      yield await refuseChangedFile(ctx.warehouse, ctx.actor, file.name, plugin.name, sha256);
      return;
    }
    if ('submission' in outcome) buffer.addDraft(outcome);
    else buffer.addReady(outcome);
    if (buffer.full) yield* buffer.flush();
  }
  yield* buffer.flush();
  if (count === 0) {
    const r = wholeFile(file.name, plugin.name, C.NO_DATA, 'không có dòng số liệu nào (tệp chỉ có dòng tiêu đề hoặc trống)');
    await auditRefusal(ctx.warehouse, ctx.actor, r, sha256);
    yield r;
  }
}
