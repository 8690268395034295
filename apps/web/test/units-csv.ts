import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { parseUnitsCsvRows, type Unit } from '@tonghop/core';

/** The units of a units CSV file (spec §2 format), read as `tonghop units import` reads it. */
export async function readUnitsCsv(path: string): Promise<Unit[]> {
  const rows = Papa.parse<string[]>((await readFile(path, 'utf8')).replace(/^\uFEFF/u, ''), { skipEmptyLines: true }).data;
  const { units, errors } = parseUnitsCsvRows(rows);
  if (errors.length > 0) throw new Error(`${path}: ${errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
  return units;
}
