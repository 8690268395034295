import { FORM_COLUMNS, classify } from './header-words';
import { filled, type GridRow } from './grid';

export type FormColumn = keyof typeof FORM_COLUMNS;

/** Where the layout 1 table starts and which column is which. */
export interface FormTable {
  headerIndex: number;
  columns: Partial<Record<FormColumn, number>>;
}

/**
 * The first row that names a value column ("Số liệu", "Kết quả", "Giá trị") and a label or code
 * column, anywhere in the sheet, columns in any order. A header merged over two columns counts once.
 */
export function findFormTable(rows: readonly GridRow[]): FormTable | null {
  for (let i = 0; i < rows.length; i++) {
    const columns: Partial<Record<FormColumn, number>> = {};
    for (const cell of filled(rows[i]!)) {
      const kind = classify(FORM_COLUMNS, cell.text);
      if (kind && columns[kind] === undefined) columns[kind] = cell.col;
    }
    if (columns.value !== undefined && (columns.label !== undefined || columns.code !== undefined)) {
      return { headerIndex: i, columns };
    }
  }
  return null;
}

const COLUMN_MARK = /^(?:\(?\d{1,2}\)?|\(?[A-Za-z]\)?|\*)$/;

/** A row of column numbers under the header ("(1) (2) (3)", "A B 1"): decoration. */
export function isColumnNumbering(row: GridRow): boolean {
  const cells = filled(row);
  return cells.length > 1 && cells.every((c) => typeof c.value !== 'boolean' && COLUMN_MARK.test(c.text));
}
