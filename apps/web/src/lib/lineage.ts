import type { Lineage, LineageCell, LineageSubmission } from '../api/contract';

/** One source cell of a figure with the submission it belongs to. */
export interface LineageRow {
  cell: LineageCell;
  submission: LineageSubmission | undefined;
}

/** The cells in the API's order, each with its submission (GET /api/lineage lists both). */
export function lineageRows(lineage: Lineage): LineageRow[] {
  const byId = new Map(lineage.submissions.map((s) => [s.id, s]));
  return lineage.cells.map((cell) => ({ cell, submission: byId.get(cell.submission_id) }));
}

/** Where a value was read: "Biểu XA!E18" (a sheet's cell), "dòng 14" (a CSV line), or the sheet. */
export function placeOf(cell: LineageCell): string {
  if (cell.cell) return cell.sheet ? `${cell.sheet}!${cell.cell}` : cell.cell;
  if (cell.line !== null) return `dòng ${cell.line}`;
  return cell.sheet ?? '—';
}
