import type { IngestFile, ReadContext, SubmissionDraft } from '@tonghop/ingest-contract';
import { defineIngestPlugin, errorDraft, HEAD_BYTES } from '@tonghop/ingest-contract';
import { fileIssues, openCsv } from './csv-source';
import type { HeadText } from './sniff';
import { csvWideMeta } from './meta';
import { findHeader, guessDelimiter, headText } from './sniff';
import { mapWideHeader, wideHeaderScore } from './wide-header';
import { readWide } from './wide-reader';

/** No options yet: the layout is fixed by the spec (§3 item 4). */
export type CsvWideOptions = Record<string, never>;

function sniffHeader(head: HeadText) {
  return findHeader(head.lines, (cells) => mapWideHeader(cells) !== null);
}

/**
 * Tables with one row per unit (code or name column) and one column per indicator (code,
 * `CODE.OPTION` or label); period and form from columns or from lines above the header.
 * One draft per unit row; total rows skipped and checked.
 */
export default function csvWide(_options: CsvWideOptions = {}) {
  return defineIngestPlugin({
    ...csvWideMeta,
    detect(file: IngestFile): number {
      const head = headText(file.head, file.size > HEAD_BYTES);
      if (head === null) return 0;
      const header = sniffHeader(head);
      const cols = header && mapWideHeader(header.cells);
      return cols ? wideHeaderScore(cols) : 0;
    },
    async *read(file: IngestFile, ctx: ReadContext): AsyncGenerator<SubmissionDraft> {
      const head = headText(file.head, file.size > HEAD_BYTES);
      if (head === null) {
        yield errorDraft(file.name, [file.size === 0 ? fileIssues.empty(file.name) : fileIssues.notText(file.name)]);
        return;
      }
      const first = head.lines.find((l) => l.trim() !== '') ?? '';
      const delimiter = sniffHeader(head)?.delimiter ?? guessDelimiter(first);
      yield* await readWide(file, openCsv(file, head, delimiter, ctx));
    },
  });
}
