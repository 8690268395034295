import { parseFormCode } from '@tonghop/core';
import type { Located, SubmissionDraft } from '@tonghop/ingest-contract';
import type { GridRow } from './grid';
import { blockUnit, readHeaderBlock } from './header-block';
import { findFormTable } from './form-table';
import { readFormRows } from './form-rows';
import type { Metadata } from './metadata-sheet';

/**
 * One layout 1 sheet → one draft, or null when the sheet holds no form table. The header block
 * above the table gives unit, period and form; the metadata sheet of a generated template fills
 * what the block lacks.
 */
export function readFormSheet(rows: readonly GridRow[], where: { file: string; sheet: string }, meta: Metadata): SubmissionDraft | null {
  const table = findFormTable(rows);
  if (!table) return null;
  const block = readHeaderBlock(rows.slice(0, table.headerIndex), where.file, where.sheet);
  const form: Located | null = block.form ?? meta.form ?? null;
  const { facts, errors } = readFormRows(rows, table, { ...where, form: (form && parseFormCode(form.text)) ?? undefined });
  return {
    unit: blockUnit(block) ?? meta.unit ?? null,
    period: block.period ?? meta.period ?? null,
    form,
    facts,
    errors,
    warnings: [],
    source: { file: where.file, sheet: where.sheet },
  };
}
