import type { ColumnRole } from './headers';
import { columnRole } from './headers';

/** Where each column of a long file is (index in the row), -1 when absent. */
export interface LongColumns {
  unitCode: number;
  period: number;
  indicator: number;
  value: number;
  option: number;
  form: number;
}

const ROLES: readonly ColumnRole[] = ['unitCode', 'unitName', 'period', 'indicator', 'value', 'option', 'form'];
export const LONG_REQUIRED = ['unitCode', 'period', 'indicator', 'value'] as const;
export const LONG_HEADER_NAMES: Record<(typeof LONG_REQUIRED)[number], string> = {
  unitCode: 'unit_code',
  period: 'period',
  indicator: 'indicator',
  value: 'value',
};

export interface LongHeader {
  columns: LongColumns;
  missing: (typeof LONG_REQUIRED)[number][];
  /** Header texts given twice for one role. */
  duplicates: string[];
}

/** Maps a header row (any order, any case, English or Vietnamese names) to column indexes. */
export function mapLongHeader(cells: readonly string[]): LongHeader {
  const columns: LongColumns = { unitCode: -1, period: -1, indicator: -1, value: -1, option: -1, form: -1 };
  const duplicates: string[] = [];
  let nameColumn = -1;
  cells.forEach((cell, i) => {
    const role = columnRole(cell, ROLES);
    if (role === null) return;
    if (role === 'unitName') {
      if (nameColumn === -1) nameColumn = i;
      return;
    }
    if (!(role in columns)) return;
    const key = role as keyof LongColumns;
    if (columns[key] !== -1) duplicates.push(cell.trim());
    else columns[key] = i;
  });
  // Without a code column, "Đơn vị" / "Tên đơn vị" is the unit column (the orchestrator matches names too).
  if (columns.unitCode === -1) columns.unitCode = nameColumn;
  const missing = LONG_REQUIRED.filter((r) => columns[r] === -1);
  return { columns, missing, duplicates };
}

/** Detection score of a header row: 0.95 with all four columns, 0.7 without the period. */
export function longHeaderScore(cells: readonly string[]): number {
  const { missing } = mapLongHeader(cells);
  if (missing.length === 0) return 0.95;
  if (missing.length === 1 && missing[0] === 'period') return 0.7;
  return 0;
}
