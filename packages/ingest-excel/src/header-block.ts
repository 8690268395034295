import { findPeriodPhrase, normalizeName } from '@tonghop/core';
import type { Located } from '@tonghop/ingest-contract';
import { BLOCK_LABELS, classify } from './header-words';
import { filled, type GridRow } from './grid';

export interface HeaderBlock {
  unitCode: Located | null;
  unitName: Located | null;
  period: Located | null;
  form: Located | null;
}

type Key = keyof HeaderBlock;

/** The issuing body in the top-left corner ("UBND XÃ RÔ MEN"): the unit when no label names it. */
const ISSUER = /^(?:ubnd|uy ban nhan dan) (?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho) /;

/** "Đam Rông, ngày 15 tháng 6 năm 2022" is the signing date, not the period. */
const DATE_LINE = /ngày\s+\d/iu;

/**
 * Reads the header block: a label ("Mã đơn vị", "Kỳ báo cáo", "Biểu mẫu", ...) with its value
 * after a colon in the same cell or in the next non-empty cell to the right. Without a labelled
 * period, a title line that carries a period phrase gives it; without a labelled unit, the
 * issuing body written top-left ("UBND XÃ RÔ MEN"). The first occurrence wins.
 */
export function readHeaderBlock(rows: readonly GridRow[], file: string, sheet: string): HeaderBlock {
  const block: HeaderBlock = { unitCode: null, unitName: null, period: null, form: null };
  let titlePeriod: Located | null = null;
  let issuer: Located | null = null;
  for (const row of rows) {
    const cells = filled(row).filter((c, i, all) => i === 0 || all[i - 1]!.address !== c.address);
    cells.forEach((cell, i) => {
      const colon = cell.text.indexOf(':');
      const label = colon >= 0 ? cell.text.slice(0, colon) : cell.text;
      const key: Key | undefined = classify(BLOCK_LABELS, label);
      if (key) {
        if (block[key]) return;
        const after = colon >= 0 ? cell.text.slice(colon + 1).trim() : '';
        if (after) {
          block[key] = { text: after, source: { file, sheet, cell: cell.address } };
          return;
        }
        const next = cells[i + 1];
        if (next && !classify(BLOCK_LABELS, next.text.split(':')[0] ?? '')) {
          block[key] = { text: next.text, source: { file, sheet, cell: next.address } };
        }
        return;
      }
      if (!issuer && typeof cell.value === 'string' && ISSUER.test(normalizeName(cell.value))) {
        issuer = { text: cell.text, source: { file, sheet, cell: cell.address } };
      }
      if (!titlePeriod && typeof cell.value === 'string' && !DATE_LINE.test(cell.value.normalize('NFC'))) {
        const phrase = findPeriodPhrase(cell.value);
        if (phrase) titlePeriod = { text: phrase, source: { file, sheet, cell: cell.address } };
      }
    });
  }
  block.period ??= titlePeriod;
  if (!block.unitCode) block.unitName ??= issuer;
  return block;
}

/** The unit as the block gives it: the code when present, else the name. */
export function blockUnit(block: HeaderBlock): Located | null {
  return block.unitCode ?? block.unitName;
}
