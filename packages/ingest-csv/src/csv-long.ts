import { extname } from 'node:path';
import type { IngestFile, ReadContext, SubmissionDraft } from '@tonghop/ingest-contract';
import { defineIngestPlugin, errorDraft, HEAD_BYTES } from '@tonghop/ingest-contract';
import { fileIssues, openCsv } from './csv-source';
import { longHeaderScore } from './long-header';
import { readLong } from './long-reader';
import { csvLongMeta } from './meta';
import { findHeader, guessDelimiter, headText } from './sniff';
import { stageLong } from './staged/stage-long';

export interface CsvLongOptions {
  /**
   * Files larger than this are read in two passes (check + last line of each group, then facts),
   * yielding each draft as soon as it is complete instead of holding all of them. Default 8 MiB.
   */
  twoPassAboveBytes?: number;
}

/**
 * `unit_code,period,indicator,value[,category_option][,form]` files, any column order, `,` `;`
 * or tab, UTF-8 (BOM or not) or UTF-16LE. Streamed; one draft per unit, period and form.
 * An empty `.csv` is claimed at 0.5 so that it is refused as empty, not as unknown.
 * Capability `stage`: big files are read by DuckDB in the orchestrator's staging tables (staged/).
 */
export default function csvLong(options: CsvLongOptions = {}) {
  const twoPassAbove = options.twoPassAboveBytes ?? 8 * 1024 * 1024;
  return defineIngestPlugin({
    ...csvLongMeta,
    detect(file: IngestFile): number {
      const head = headText(file.head, file.size > HEAD_BYTES);
      if (head === null) return 0;
      if (head.lines.every((l) => l.trim() === '')) return csvLongMeta.extensions.includes(extname(file.name).toLowerCase()) ? 0.5 : 0;
      const header = findHeader(head.lines, (cells) => longHeaderScore(cells) > 0, 1);
      return header === null ? 0 : longHeaderScore(header.cells);
    },
    async *read(file: IngestFile, ctx: ReadContext): AsyncGenerator<SubmissionDraft> {
      const head = headText(file.head, file.size > HEAD_BYTES);
      if (head === null) {
        yield errorDraft(file.name, [file.size === 0 ? fileIssues.empty(file.name) : fileIssues.notText(file.name)]);
        return;
      }
      const first = head.lines.find((l) => l.trim() !== '') ?? '';
      const delimiter = findHeader(head.lines, (cells) => longHeaderScore(cells) > 0, 1)?.delimiter ?? guessDelimiter(first);
      const twoPass = file.size > twoPassAbove;
      let pass = 0;
      // Progress runs 0 → size once over both passes.
      const open = () => {
        const offset = pass++ * (file.size / 2);
        const progress = ctx.onProgress;
        const scaled = progress && twoPass ? (done: number, total: number) => progress(offset + done / 2, total) : progress;
        return openCsv(file, head, delimiter, { ...ctx, onProgress: scaled });
      };
      yield* readLong(file.name, open, twoPass);
    },
    /** DuckDB reads the file (staged/): the same results as `read`, several times faster on big files. */
    stage: stageLong,
  });
}
