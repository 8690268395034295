import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Indicator } from '@tonghop/core';
import { optionsOfSet } from '@tonghop/core';
import ExcelJS from 'exceljs';

const dir = mkdtempSync(join(tmpdir(), 'excel-templates-'));

export async function loadBuffer(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

export async function saveWorkbook(wb: ExcelJS.Workbook, name: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

/** A plausible value as a user types it, different per position. */
export function sampleValue(indicator: Indicator, n: number): string | number {
  switch (indicator.valueType) {
    case 'integer':
      return n;
    case 'boolean':
      return n % 2 === 0 ? 'Có' : 'Không';
    case 'category':
      return optionsOfSet(indicator.categorySet ?? '')[n % 4]?.label ?? 'x';
    default:
      return `Ghi nhận số ${n}`;
  }
}
