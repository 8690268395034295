import type { RawValue } from '@tonghop/ingest-contract';
import { a1, reduceCellValue, valueText, type ReducedCell } from './cell-value';

/** One non-empty cell of a sheet, reduced; `address` is where the value is stored (a merge's master). */
export interface GridCell {
  col: number;
  address: string;
  cell: ReducedCell;
  /** The value when `cell.ok`, else null. */
  value: RawValue;
  /** The trimmed text of the value ('' when empty). */
  text: string;
}

export interface GridRow {
  number: number;
  /** Indexed by 1-based column; holes are empty cells. */
  cells: (GridCell | undefined)[];
}

/** Builds a grid row from exceljs `row.values` (1-based, sparse), optionally with merge masters. */
export function gridRow(number: number, values: readonly unknown[], master?: (col: number) => string | undefined): GridRow {
  const cells: (GridCell | undefined)[] = [];
  for (let col = 1; col < values.length; col++) {
    const cell = reduceCellValue(values[col]);
    if (cell.ok && cell.value === null) continue;
    const value = cell.ok ? cell.value : null;
    cells[col] = { col, address: master?.(col) ?? a1(number, col), cell, value, text: valueText(value) };
  }
  return { number, cells };
}

/** The non-empty cells of a row, left to right. */
export function filled(row: GridRow): GridCell[] {
  return row.cells.filter((c): c is GridCell => c !== undefined);
}
