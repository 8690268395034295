import { defineIngestPlugin, type IngestFile, type ReadContext, type SubmissionDraft } from '@tonghop/ingest-contract';
import { tableConfidence } from './confidence';
import { excelTableMeta } from './meta';
import type { ZipLimits } from './zip-safety';

export const name = excelTableMeta.name;

export interface ExcelTableOptions {
  /** Zip bomb limits, checked before parsing. */
  limits?: ZipLimits;
  /** Rows between two onProgress calls (default 10,000). */
  progressEvery?: number;
}

/**
 * Layout 2 of spec §3: one row per unit, one column per indicator (maybe under a group header),
 * one draft per unit row. Always streamed (exceljs's streaming parsers over yauzl, see
 * stream-workbook.ts), so 200,000-row sheets stay within a few hundred MB: merges are not seen,
 * which the header reading makes up for. exceljs and yauzl load on the first read (read-tables.ts).
 */
export default function excelTable(options: ExcelTableOptions = {}) {
  return defineIngestPlugin({
    ...excelTableMeta,
    detect: (file: IngestFile) => tableConfidence(file),
    async *read(file: IngestFile, ctx: ReadContext = {}): AsyncGenerator<SubmissionDraft> {
      const { readTables } = await import('./read-tables');
      yield* readTables(file, ctx, options);
    },
  });
}
