import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { FiguresError } from '@tonghop/figures';
import ExcelJS from 'exceljs';
import { ReportExportError } from './errors';
import { loadSummary } from './load-summary';
import { writeComments } from './sheets/comments';
import { writeFormSheet } from './sheets/form-sheet';
import { writeMissing } from './sheets/missing';
import { writeOverview } from './sheets/overview';
import type { ReadDb, SummaryModel, SummaryOptions } from './types';

/** What was written: the sheet names in order. */
export interface SummaryWorkbookInfo {
  sheets: string[];
}

/** Writes every sheet; `done` runs after each one (the streaming writer commits it there). */
function render(wb: ExcelJS.Workbook, model: SummaryModel, done: (ws: ExcelJS.Worksheet) => void): string[] {
  const sheets = [writeOverview(wb, model)];
  done(sheets[0]!);
  for (const s of model.forms) {
    sheets.push(writeFormSheet(wb, model, s));
    done(sheets.at(-1)!);
  }
  for (const write of [writeMissing, writeComments]) {
    sheets.push(write(wb, model));
    done(sheets.at(-1)!);
  }
  return sheets.map((ws) => ws.name);
}

function describe(wb: ExcelJS.Workbook, model: SummaryModel): void {
  wb.creator = 'tonghop';
  wb.title = `Báo cáo tổng hợp ${model.unit.name} ${model.periodText}`;
  wb.created = model.exportedAt;
  wb.modified = model.exportedAt;
}

/** The summary workbook for a unit and period, in memory (.xlsx bytes). */
export async function exportSummaryWorkbook(db: ReadDb, opts: SummaryOptions): Promise<Buffer> {
  const model = await loadSummary(db, opts);
  const wb = new ExcelJS.Workbook();
  describe(wb, model);
  render(wb, model, () => undefined);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * The same workbook streamed to `out` (a file or an HTTP response) row by row, each sheet
 * committed when written, for long unit lists. Resolves when `out` has finished (the writer
 * ends it). On any failure `out` is destroyed (the caller removes a half-made file); a refusal
 * (unknown unit, pipeline not run...) happens before a byte is written.
 */
export async function writeSummaryWorkbook(db: ReadDb, opts: SummaryOptions, out: Writable): Promise<SummaryWorkbookInfo> {
  // How `out` ended: null when finished, else its error. Listening from the start, so an early
  // error (a folder that does not exist) is neither lost nor an unhandled rejection.
  const outcome = finished(out).then(
    () => null,
    (error: unknown) => error,
  );
  // `finished` stops listening once settled, and a pipe re-emits the error to a stream with no
  // listener, which would crash the process: this listener stays; `outcome` carries the error.
  out.on('error', () => undefined);
  const abandon = async (error: unknown): Promise<never> => {
    out.destroy();
    await outcome;
    throw error;
  };
  const model = await loadSummary(db, opts).catch(abandon);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true, useStyles: true });
  describe(wb, model);
  const sheets = await Promise.resolve()
    .then(() => render(wb, model, (ws) => ws.commit()))
    .catch(abandon);
  // The zip writer may wait forever on a failed stream, or fail with the same error: take the first.
  const failure = await Promise.race([
    wb.commit().then(
      () => outcome,
      (error: unknown) => error,
    ),
    outcome,
  ]);
  if (failure !== null) {
    return abandon(
      new ReportExportError('EXPORT_WRITE_FAILED', `Không ghi được sổ tổng hợp của đơn vị ${model.unit.code}, kỳ ${model.period}.`, {
        cause: failure,
      }),
    );
  }
  return { sheets };
}

/** A refusal the user can act on (unknown unit or period, pipeline not run): it has a code and a Vietnamese message. */
export function isExportRefusal(error: unknown): error is Error & { code: string } {
  return error instanceof ReportExportError || error instanceof FiguresError;
}
