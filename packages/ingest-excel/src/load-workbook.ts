import ExcelJS from 'exceljs';
import { EXCEL_CODES, ExcelRefusal } from './errors';

/**
 * Loads a whole (already checked) workbook with exceljs. Formulas are never evaluated: exceljs
 * keeps the cached result. A parser failure is a refusal; an I/O failure is thrown as is.
 */
export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error: unknown) {
    if (isSystemError(error)) throw error;
    throw new ExcelRefusal(EXCEL_CODES.CORRUPT, error instanceof Error ? error.message : String(error), { cause: error });
  }
  return workbook;
}

export function isSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}
