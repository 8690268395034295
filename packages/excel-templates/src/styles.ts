import type ExcelJS from 'exceljs';

export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
export const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF9E0' } };

/** Styles a header cell: bold, centred, wrapped, bordered, shaded. */
export function headerCell(cell: ExcelJS.Cell): void {
  cell.font = { bold: true };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.border = THIN;
  cell.fill = HEADER_FILL;
}

/** A cell the user fills: unlocked in the protected sheet, shaded. */
export function inputCell(cell: ExcelJS.Cell, validation: ExcelJS.DataValidation | null): void {
  cell.protection = { locked: false };
  cell.border = THIN;
  cell.fill = INPUT_FILL;
  if (validation) cell.dataValidation = validation;
}

/** Protects the structure: only unlocked cells can be edited; rows and columns cannot be inserted or deleted. */
export async function protectSheet(ws: ExcelJS.Worksheet): Promise<void> {
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: false,
    insertColumns: false,
    deleteRows: false,
    deleteColumns: false,
  });
}
