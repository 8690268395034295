import { findPeriodPhrase, resolveIndicator } from '@tonghop/core';
import { TABLE_COLUMNS, classify, isTotalLabel } from './header-words';
import { filled, type GridRow } from './grid';

export type TableRole = keyof typeof TABLE_COLUMNS;

/** A column of the layout 2 table: a role (unit code, name, period, ...) or an indicator. */
export type TableColumn =
  | { col: number; role: TableRole }
  | { col: number; role: 'indicator'; indicator: string; option: string | null; header: string };

/**
 * A layout 2 header row: a unit column ("Mã đơn vị", "Tên đơn vị") and indicator columns
 * (one whose text is a catalog code or label, or at least two others). A header block row such
 * as "Đơn vị báo cáo | UBND huyện" has one other cell at most, and a period phrase is a value.
 */
export function isTableHeader(row: GridRow): boolean {
  let unit = false;
  let others = 0;
  let known = false;
  for (const cell of filled(row)) {
    const role = classify(TABLE_COLUMNS, cell.text);
    if (role === 'unitCode' || role === 'unitName') unit = true;
    if (role || typeof cell.value !== 'string' || findPeriodPhrase(cell.text) || cell.text.includes(':')) continue;
    others += 1;
    if (resolveIndicator(cell.text)) known = true;
  }
  return unit && (known || others >= 2);
}

/**
 * A second header row under the first: its unit cells are empty or repeat the header (a merge),
 * and it names at least one column that the first row leaves to a group ("MTTQ" under "Giám sát").
 */
export function isSubHeader(header: GridRow, next: GridRow): boolean {
  let unitFilled = false;
  let names = 0;
  for (const cell of filled(next)) {
    const above = header.cells[cell.col]?.text ?? '';
    const role = classify(TABLE_COLUMNS, above);
    if (role === 'unitCode' || role === 'unitName') unitFilled ||= cell.text !== above;
    else if (typeof cell.value === 'string' && cell.text !== above) names += 1;
  }
  return !unitFilled && names > 0;
}

/**
 * The columns from one or two header rows. Without merges (the streaming reader sees none) a
 * group header is carried to the right over the sub-header cells under its empty neighbours.
 * A sub-header "Tổng số" under a group is the indicator's total (option null).
 */
export function tableColumns(header: GridRow, sub: GridRow | null): TableColumn[] {
  const width = Math.max(header.cells.length, sub?.cells.length ?? 0);
  const columns: TableColumn[] = [];
  let group = '';
  for (let col = 1; col < width; col++) {
    let top = header.cells[col]?.text ?? '';
    const below = sub?.cells[col]?.text ?? '';
    if (top) group = below && below !== top ? top : '';
    else if (below && group) top = group;
    else if (!below) continue;
    const role = classify(TABLE_COLUMNS, top || below);
    if (role) {
      columns.push({ col, role });
      continue;
    }
    const name = top || below;
    const dot = /^[A-Z][A-Z0-9_]*\.[A-Z0-9_]+$/i.test(name) ? name.indexOf('.') : -1;
    if (dot > 0) {
      columns.push({ col, role: 'indicator', indicator: name.slice(0, dot), option: name.slice(dot + 1), header: name });
      continue;
    }
    columns.push(indicatorColumn(col, top, below));
  }
  return columns;
}

/**
 * A column under a group: the sub-header is the indicator when it is one ("Tiếp công dân" over
 * "TCD_LUOT"), otherwise an option of the group's indicator ("Số cuộc giám sát" over "MTTQ").
 */
function indicatorColumn(col: number, top: string, below: string): TableColumn {
  const header = top && below && below !== top ? `${top} / ${below}` : top || below;
  if (!top || !below || below === top || isTotalLabel(below))
    return { col, role: 'indicator', indicator: top || below, option: null, header };
  const group = resolveIndicator(top);
  const hasOptions = group?.categorySet != null && group.valueType !== 'category';
  if (resolveIndicator(below) && !hasOptions) return { col, role: 'indicator', indicator: below, option: null, header };
  return { col, role: 'indicator', indicator: top, option: below, header };
}
