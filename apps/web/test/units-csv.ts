import { readFile } from 'node:fs/promises';
import { parseUnitsCsvRows, type Unit } from '@tonghop/core';

/** Splits a small RFC 4180 CSV (quoted fields, doubled quotes) into rows. */
export function splitCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows.filter((r) => r.some((f) => f !== ''));
}

export async function readUnitsCsv(path: string): Promise<Unit[]> {
  const { units, errors } = parseUnitsCsvRows(splitCsv((await readFile(path, 'utf8')).replace(/^\uFEFF/u, '')));
  if (errors.length > 0) throw new Error(`${path}: ${errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
  return units;
}
