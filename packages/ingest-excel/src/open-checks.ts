import { stat } from 'node:fs/promises';
import type { DraftIssue, IngestFile, SubmissionDraft } from '@tonghop/ingest-contract';
import { errorDraft } from '@tonghop/ingest-contract';
import { EXCEL_CODES, ExcelRefusal, issue } from './errors';
import { sniffKind } from './sniff-head';
import { inflatedBytes } from './inflated-size';
import {
  DEFAULT_IN_MEMORY_BYTES,
  DEFAULT_ZIP_LIMITS,
  hasExternalLinks,
  hasMacroContent,
  hasMacros,
  inspectZip,
  type ZipLimits,
} from './zip-safety';

/**
 * Everything checked before a parser sees the file: its kind from the first bytes (.xls, .ods,
 * .xlsm refused), then the zip's central directory (entry count, uncompressed size, macros,
 * not a workbook), from the path or from `bytes` already read; then the real content: with
 * `bytes` (read whole, about to be parsed in memory), every entry is inflated and its real bytes
 * counted against the limits, never trusting the declared sizes; on disk (streamed later by
 * yauzl, which checks real sizes itself), each entry's first block. Macro content is recognised
 * by its bytes on both. Throws ExcelRefusal; an I/O failure (the file vanished) is thrown as is.
 * Returns the warnings to carry (external links, which are never followed).
 */
export async function checkWorkbookFile(file: IngestFile, limits: ZipLimits = DEFAULT_ZIP_LIMITS, bytes?: Buffer): Promise<DraftIssue[]> {
  if (!bytes) await stat(file.path);
  const { kind } = sniffKind(file.head);
  if (kind === 'xls') throw new ExcelRefusal(EXCEL_CODES.LEGACY_XLS);
  if (kind === 'ods') throw new ExcelRefusal(EXCEL_CODES.ODS);
  if (kind === 'xlsm') throw new ExcelRefusal(EXCEL_CODES.MACRO);
  if (kind === 'other') throw new ExcelRefusal(EXCEL_CODES.NOT_XLSX);
  const inventory = await inspectZip(bytes ?? file.path, limits);
  if (hasMacros(inventory)) throw new ExcelRefusal(EXCEL_CODES.MACRO);
  if (inventory.names.includes('mimetype') && inventory.names.includes('content.xml')) throw new ExcelRefusal(EXCEL_CODES.ODS);
  if (!inventory.names.includes('xl/workbook.xml')) throw new ExcelRefusal(EXCEL_CODES.NOT_XLSX);
  if (bytes) {
    await inflatedBytes(bytes, limits, Math.min(limits.maxUncompressedBytes, limits.maxInMemoryBytes ?? DEFAULT_IN_MEMORY_BYTES));
  } else if (await hasMacroContent(file.path)) throw new ExcelRefusal(EXCEL_CODES.MACRO);
  if (!hasExternalLinks(inventory)) return [];
  const what = 'Tệp có liên kết tới sổ làm việc khác; các liên kết này bị bỏ qua, chỉ đọc giá trị đã lưu trong tệp';
  return [issue(EXCEL_CODES.EXTERNAL_LINKS, what, { file: file.name })];
}

/** The single draft that refuses a whole file, with the Vietnamese reason. */
export function refusalDraft(file: IngestFile, refusal: ExcelRefusal): SubmissionDraft {
  return errorDraft(file.name, [{ code: refusal.code, message: `${refusal.message} (tệp ${file.name}).`, source: { file: file.name } }]);
}

/** Runs `read`, turning an ExcelRefusal into the refusal draft; anything else is thrown. */
export async function* refusing(file: IngestFile, read: () => AsyncIterable<SubmissionDraft>): AsyncIterable<SubmissionDraft> {
  try {
    yield* read();
  } catch (error: unknown) {
    if (!(error instanceof ExcelRefusal)) throw error;
    yield refusalDraft(file, error);
  }
}
