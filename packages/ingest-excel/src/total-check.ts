import type { RawValue } from '@tonghop/ingest-contract';

/** A number as the total check reads it: numbers, and texts written "7.554", "7 554", "1.234,5". */
export function looseNumber(raw: RawValue): number | null {
  if (typeof raw === 'number') return raw;
  if (typeof raw !== 'string') return null;
  let s = raw.replace(/[\s\u00a0]/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(',', '.');
  const n = Number(s);
  return s !== '' && Number.isFinite(n) ? n : null;
}

/** A total cell that matches neither the rows since the last total (`block`) nor all rows above (`all`). */
export interface TotalMismatch {
  col: number;
  written: number;
  block: number;
  all: number;
}

/**
 * Sums of the unit rows per column, since the sheet's start and since the last total row,
 * so that both a sub-total ("Cộng") and a grand total ("Tổng cộng") can be checked.
 */
export class TotalCheck {
  private readonly all = new Map<number, number>();
  private sinceLast = new Map<number, number>();

  add(col: number, raw: RawValue): void {
    const n = looseNumber(raw);
    if (n === null) return;
    this.all.set(col, (this.all.get(col) ?? 0) + n);
    this.sinceLast.set(col, (this.sinceLast.get(col) ?? 0) + n);
  }

  /** The columns whose total disagrees with both sums, with the expected sum; then starts a new block. */
  check(totals: ReadonlyMap<number, RawValue>): TotalMismatch[] {
    const out: TotalMismatch[] = [];
    for (const [col, raw] of totals) {
      const written = looseNumber(raw);
      if (written === null) continue;
      const block = this.sinceLast.get(col) ?? 0;
      const all = this.all.get(col) ?? 0;
      if (!near(written, block) && !near(written, all)) out.push({ col, written, block, all });
    }
    this.sinceLast = new Map();
    return out;
  }
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
