import type ExcelJS from 'exceljs';
import { gridRow, type GridRow } from './grid';

/** The non-empty rows of a loaded worksheet; a merged cell carries its master's value and address. */
export function worksheetRows(ws: ExcelJS.Worksheet): GridRow[] {
  const rows: GridRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, number) => {
    const master = (col: number) => {
      const cell = row.getCell(col);
      return cell.isMerged ? cell.master.address : undefined;
    };
    rows.push(gridRow(number, row.values as unknown[], master));
  });
  return rows;
}
