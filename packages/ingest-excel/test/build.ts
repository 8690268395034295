import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { makeIngestFile, type IngestFile } from '@tonghop/ingest-contract';

const dir = mkdtempSync(join(tmpdir(), 'ingest-excel-build-'));
let n = 0;

/** Writes a workbook with the given sheets (rows of cell values from A1) and returns it as an IngestFile. */
export async function workbookFile(
  sheets: Record<string, ExcelJS.CellValue[][]>,
  edit?: (wb: ExcelJS.Workbook) => void,
): Promise<IngestFile> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((cells, r) => cells.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(r + 1, c + 1).value = v)));
  }
  edit?.(wb);
  const path = join(dir, `wb-${n++}.xlsx`);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return makeIngestFile(path);
}
