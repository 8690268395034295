import type { IngestFile, ReadContext, SubmissionDraft } from '@tonghop/ingest-contract';
import type { ExcelTableOptions } from './excel-table';
import { EXCEL_CODES, ExcelRefusal } from './errors';
import { gridRow } from './grid';
import { isSystemError } from './load-workbook';
import { METADATA_SHEET } from './metadata-sheet';
import { checkWorkbookFile, refusing } from './open-checks';
import { streamWorkbook } from './stream-workbook';
import { TableSheetReader } from './table-sheet';

// The reading part of excel-table, loaded only when a file is read (exceljs, yauzl).

/** The drafts of a table workbook, streamed; a refused file is one refusal draft. */
export function readTables(file: IngestFile, ctx: ReadContext, options: ExcelTableOptions): AsyncIterable<SubmissionDraft> {
  return refusing(file, () => tables(file, ctx, options));
}

async function* tables(file: IngestFile, ctx: ReadContext, options: ExcelTableOptions): AsyncIterable<SubmissionDraft> {
  const warnings = await checkWorkbookFile(file, options.limits);
  const every = options.progressEvery ?? 10_000;
  let rows = 0;
  let drafts = 0;
  try {
    for await (const ws of streamWorkbook(file.path)) {
      const sheet = new TableSheetReader(file.name, ws.name);
      const skip = ws.name === METADATA_SHEET;
      for await (const row of ws.rows) {
        ctx.signal?.throwIfAborted();
        if ((rows += 1) % every === 0) ctx.onProgress?.(rows, 0);
        if (skip) continue;
        for (const d of sheet.push(gridRow(row.number, row.values as unknown[]))) yield withWarnings(d, warnings, drafts++);
      }
      for (const d of sheet.end()) yield withWarnings(d, warnings, drafts++);
    }
  } catch (error: unknown) {
    if (error instanceof ExcelRefusal || isSystemError(error) || ctx.signal?.aborted) throw error;
    throw new ExcelRefusal(EXCEL_CODES.CORRUPT, error instanceof Error ? error.message : String(error), { cause: error });
  }
  if (drafts === 0) {
    throw new ExcelRefusal(
      EXCEL_CODES.NO_UNIT_TABLE,
      'Không tìm thấy bảng tổng hợp theo đơn vị (dòng tiêu đề có cột "Mã đơn vị" hoặc "Tên đơn vị" và các cột chỉ tiêu) trong tệp',
    );
  }
}

/** File-level warnings (external links) ride on the first draft only. */
function withWarnings(draft: SubmissionDraft, warnings: readonly SubmissionDraft['warnings'][number][], index: number): SubmissionDraft {
  if (index === 0) draft.warnings.unshift(...warnings);
  return draft;
}
