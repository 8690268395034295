import { normalizeName, resolveIndicator, resolveOption, type FormCode } from '@tonghop/core';
import type { DraftIssue, RawFact } from '@tonghop/ingest-contract';
import { cellIssue } from './cell-issue';
import { filled, type GridCell, type GridRow } from './grid';
import { isColumnNumbering, type FormTable } from './form-table';

const BULLET = /^\s*[-–—+•*·]+\s*/u;

interface Parent {
  /** The indicator as written in its row (code, else label). */
  text: string;
  categorySet: string | null;
}

/**
 * The rows under a layout 1 header: an indicator row (by code, else by label) gives a fact for
 * its value; an option row ("MT_GIAM_SAT.MTTQ", or a label that is an option or starts with a
 * bullet under an indicator) gives a fact for its parent indicator and that option. Rows with
 * neither code nor label, column numbering and section titles without a value are ignored.
 */
export function readFormRows(
  rows: readonly GridRow[],
  table: FormTable,
  where: { file: string; sheet: string; form: FormCode | undefined },
): { facts: RawFact[]; errors: DraftIssue[] } {
  const facts: RawFact[] = [];
  const errors: DraftIssue[] = [];
  const { columns } = table;
  const at = (row: GridRow, col: number | undefined): GridCell | undefined => (col === undefined ? undefined : row.cells[col]);
  let parent: Parent | null = null;
  const header = rows[table.headerIndex]!;
  for (const row of rows.slice(table.headerIndex + 1)) {
    if (isSignature(row)) break;
    if (isColumnNumbering(row) || repeatsHeader(row, header)) continue;
    const code = at(row, columns.code)?.text ?? '';
    const label = at(row, columns.label)?.text ?? '';
    const valueCell = at(row, columns.value);
    if (!code && !label) continue;
    let indicator: string;
    let option: string | null = null;
    const dot = code.indexOf('.');
    const known = code ? resolveIndicator(code) : label ? resolveIndicator(label, where.form) : undefined;
    if (dot > 0) {
      indicator = code.slice(0, dot);
      option = code.slice(dot + 1);
    } else if (known) {
      indicator = code || label;
      parent = { text: indicator, categorySet: known.categorySet };
    } else if (parent && isOptionRow(parent, code || label)) {
      indicator = parent.text;
      option = (code || label).replace(BULLET, '');
    } else if (!valueCell) {
      parent = null; // a section title
      continue;
    } else {
      indicator = code || label; // unknown: the orchestrator refuses it with this cell
      parent = null;
    }
    if (!valueCell) continue;
    const source = { file: where.file, sheet: where.sheet, cell: valueCell.address };
    if (!valueCell.cell.ok) {
      errors.push(cellIssue(valueCell.cell, source));
      continue;
    }
    facts.push({ indicator, option, raw: valueCell.value, source });
  }
  return { facts, errors };
}

const SIGNATURE = /^(?:nguoi lap bieu|nguoi lap|thu truong|tm |t m |chu tich|ky ten|xac nhan)/;

/** The signature block under the table ends it. */
function isSignature(row: GridRow): boolean {
  return filled(row).some(
    (c) => typeof c.value === 'string' && c.text.length < 60 && /^[nNtTcCkKxX]/.test(c.text) && SIGNATURE.test(normalizeName(c.value)),
  );
}

/** The second row of a header merged over two rows repeats it (or leaves it blank). */
function repeatsHeader(row: GridRow, header: GridRow): boolean {
  return filled(row).every((c) => header.cells[c.col]?.text === c.text);
}

function isOptionRow(parent: Parent, text: string): boolean {
  if (parent.categorySet && resolveOption(parent.categorySet, text.replace(BULLET, ''))) return true;
  return BULLET.test(text) && parent.categorySet !== null;
}
