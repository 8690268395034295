/** The real Lâm Đồng map of fixtures/units/dvhc: old 68 + 67 + 60 with districts, today's 68, the crosswalk. */
import { readFileSync } from 'node:fs';
import { checkCrosswalkLinks, parseCrosswalkRows, parseUnitsCsvRows } from '@tonghop/core';
import type { Warehouse } from '@tonghop/warehouse';

export const DVHC_DIR = new URL('../../../../fixtures/units/dvhc/', import.meta.url);

/** Rows of one of those files (they hold no quoted fields, so a split on commas is exact). */
export function dvhcRows(name: string): string[][] {
  return readFileSync(new URL(name, DVHC_DIR), 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
}

/** Imports both Lâm Đồng trees and their crosswalk (effective 2025-07-01); throws on any refused line. */
export async function loadLamDong(wh: Warehouse): Promise<void> {
  for (const file of ['lam-dong-before-2025-07-01.csv', 'lam-dong-from-2025-07-01.csv']) {
    const parsed = parseUnitsCsvRows(dvhcRows(file));
    if (parsed.errors.length > 0) throw new Error(`${file}: ${JSON.stringify(parsed.errors)}`);
    await wh.importUnits(parsed.units, 'test');
  }
  const { links, errors } = parseCrosswalkRows(dvhcRows('lam-dong-crosswalk-2025-07-01.csv'));
  const refused = [...errors, ...checkCrosswalkLinks(links, await wh.listUnits(), '2025-07-01')];
  if (refused.length > 0) throw new Error(`crosswalk: ${JSON.stringify(refused)}`);
  await wh.importCrosswalk(links, '2025-07-01', 'test');
}
