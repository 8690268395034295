import type { DraftIssue, Located, RawFact, RawValue, SubmissionDraft } from '@tonghop/ingest-contract';
import { cellIssue } from './cell-issue';
import { EXCEL_CODES, issue } from './errors';
import type { GridRow } from './grid';
import { isTotalLabel } from './header-words';
import type { TableColumn } from './table-header';
import { TotalCheck } from './total-check';

export interface SheetContext {
  file: string;
  sheet: string;
  columns: TableColumn[];
  /** From the header block or title line above the table; a period or form column overrides them. */
  period: Located | null;
  form: Located | null;
  totals: TotalCheck;
}

export type TableRowResult =
  | { kind: 'skip' }
  | { kind: 'draft'; draft: SubmissionDraft }
  | { kind: 'total'; warnings: DraftIssue[] };

/** One row under the layout 2 header: a unit's draft, a total row (checked), or nothing. */
export function readTableRow(row: GridRow, ctx: SheetContext): TableRowResult {
  const { file, sheet } = ctx;
  const at = (col: number) => row.cells[col];
  const located = (col: number | undefined): Located | null => {
    const cell = col === undefined ? undefined : at(col);
    return cell && cell.text ? { text: cell.text, source: { file, sheet, cell: cell.address } } : null;
  };
  const colOf = (role: string) => ctx.columns.find((c) => c.role === role)?.col;
  const code = located(colOf('unitCode'));
  const name = located(colOf('unitName'));
  const stt = located(colOf('stt'));
  const indicators = ctx.columns.filter((c): c is Extract<TableColumn, { role: 'indicator' }> => c.role === 'indicator');
  if ([code, name, stt].some((l) => l !== null && isTotalLabel(l.text))) {
    const values = new Map<number, RawValue>(indicators.map((c) => [c.col, at(c.col)?.value ?? null]));
    const warnings = ctx.totals.check(values).map(({ col, written, sum }) => {
      const header = indicators.find((c) => c.col === col)?.header ?? '';
      const where = { file, sheet, cell: at(col)?.address ?? '' };
      return issue(EXCEL_CODES.TOTAL_MISMATCH, `Dòng tổng ghi ${written} ở cột "${header}" nhưng cộng các dòng phía trên được ${sum}`, where);
    });
    return { kind: 'total', warnings };
  }
  const unit = code ?? name;
  const filledIndicators = indicators.filter((c) => at(c.col) !== undefined);
  if (!unit || filledIndicators.length === 0) return { kind: 'skip' };
  const facts: RawFact[] = [];
  const errors: DraftIssue[] = [];
  for (const c of filledIndicators) {
    const cell = at(c.col)!;
    const source = { file, sheet, cell: cell.address };
    if (!cell.cell.ok) {
      errors.push(cellIssue(cell.cell, source));
      continue;
    }
    ctx.totals.add(c.col, cell.value);
    facts.push({ indicator: c.indicator, option: c.option, raw: cell.value, source });
  }
  return {
    kind: 'draft',
    draft: {
      unit,
      period: located(colOf('period')) ?? ctx.period,
      form: located(colOf('form')) ?? ctx.form,
      facts,
      errors,
      warnings: [],
      source: { file, sheet, cell: unit.source.cell },
    },
  };
}
