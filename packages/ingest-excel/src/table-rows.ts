import type { SourceRef } from '@tonghop/core';
import type { DraftIssue, Located, RawFact, RawValue, SubmissionDraft } from '@tonghop/ingest-contract';
import { cellIssue } from './cell-issue';
import { EXCEL_CODES, issue } from './errors';
import type { GridRow } from './grid';
import { isTotalLabel } from './header-words';
import type { TableColumn, TableRole } from './table-header';
import { TotalCheck } from './total-check';

type IndicatorColumn = Extract<TableColumn, { role: 'indicator' }>;

/** A sheet's table, resolved once: the column of each role and the indicator columns. */
export interface SheetContext {
  file: string;
  sheet: string;
  roles: Partial<Record<TableRole, number>>;
  indicators: IndicatorColumn[];
  /** From the header block or title line above the table; a period or form column overrides them. */
  period: Located | null;
  form: Located | null;
  totals: TotalCheck;
}

export function sheetContext(
  file: string,
  sheet: string,
  columns: TableColumn[],
  block: { period: Located | null; form: Located | null },
): SheetContext {
  const roles: Partial<Record<TableRole, number>> = {};
  const indicators: IndicatorColumn[] = [];
  for (const c of columns) {
    if (c.role === 'indicator') indicators.push(c);
    else roles[c.role] ??= c.col;
  }
  return { file, sheet, roles, indicators, period: block.period, form: block.form, totals: new TotalCheck() };
}

export type TableRowResult = { kind: 'skip' } | { kind: 'draft'; draft: SubmissionDraft } | { kind: 'total'; warnings: DraftIssue[] };

function located(row: GridRow, col: number | undefined, ctx: SheetContext): Located | null {
  const cell = col === undefined ? undefined : row.cells[col];
  return cell?.text ? { text: cell.text, source: { file: ctx.file, sheet: ctx.sheet, cell: cell.address } } : null;
}

/** One row under the layout 2 header: a unit's draft, a total row (checked), or nothing. */
export function readTableRow(row: GridRow, ctx: SheetContext): TableRowResult {
  const code = located(row, ctx.roles.unitCode, ctx);
  const name = located(row, ctx.roles.unitName, ctx);
  const stt = located(row, ctx.roles.stt, ctx);
  if ((code && isTotalLabel(code.text)) || (name && isTotalLabel(name.text)) || (stt && isTotalLabel(stt.text))) {
    return { kind: 'total', warnings: checkTotal(row, ctx) };
  }
  const unit = code ?? name;
  if (!unit) return { kind: 'skip' };
  const facts: RawFact[] = [];
  const errors: DraftIssue[] = [];
  for (const c of ctx.indicators) {
    const cell = row.cells[c.col];
    if (cell === undefined) continue;
    const source: SourceRef = { file: ctx.file, sheet: ctx.sheet, cell: cell.address };
    if (!cell.cell.ok) {
      errors.push(cellIssue(cell.cell, source));
      continue;
    }
    ctx.totals.add(c.col, cell.value);
    facts.push({ indicator: c.indicator, option: c.option, raw: cell.value, source });
  }
  if (facts.length === 0 && errors.length === 0) return { kind: 'skip' };
  const draft: SubmissionDraft = {
    unit,
    period: located(row, ctx.roles.period, ctx) ?? ctx.period,
    form: located(row, ctx.roles.form, ctx) ?? ctx.form,
    facts,
    errors,
    warnings: [],
    source: { file: ctx.file, sheet: ctx.sheet, cell: unit.source.cell },
  };
  return { kind: 'draft', draft };
}

/** A total row against the sum of the unit rows above it: a warning per column that disagrees. */
function checkTotal(row: GridRow, ctx: SheetContext): DraftIssue[] {
  const values = new Map<number, RawValue>(ctx.indicators.map((c) => [c.col, row.cells[c.col]?.value ?? null]));
  return ctx.totals.check(values).map(({ col, written, block, all }) => {
    const header = ctx.indicators.find((c) => c.col === col)?.header ?? '';
    const where = { file: ctx.file, sheet: ctx.sheet, cell: row.cells[col]?.address ?? '' };
    const sums = block === all ? `${all}` : `${block} (từ dòng tổng trước) hoặc ${all} (từ đầu bảng)`;
    return issue(
      EXCEL_CODES.TOTAL_MISMATCH,
      `Dòng tổng ghi ${written} ở cột "${header}" nhưng cộng các dòng phía trên được ${sums}`,
      where,
    );
  });
}
