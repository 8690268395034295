import type { FactValue } from '@tonghop/core';
import type { FormColumn } from '@tonghop/core';
import { valueKey } from './load-values';

type Values = ReadonlyMap<string, FactValue>;
export type CellValue = number | string | null;

function num(values: Values, key: string | null): number | null {
  if (key === null) return null;
  const v = values.get(key);
  return typeof v === 'number' ? v : null;
}

/** Ratios carry 4 decimal places, as in the roll-up (0.9917 = 99,17%). */
export function roundRatio(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** What a unit's row shows in a column. */
export function unitCell(values: Values, column: FormColumn): CellValue {
  const { indicator, option } = column;
  switch (column.kind) {
    case 'number':
      return num(values, valueKey(indicator.code, option?.code ?? null));
    case 'bool': {
      const v = values.get(indicator.code);
      return typeof v === 'boolean' ? (v ? 'Có' : 'Không') : null;
    }
    case 'mark':
      return option !== null && values.get(indicator.code) === option.code ? 1 : null;
    case 'percent': {
      const n = num(values, indicator.numerator);
      const d = num(values, indicator.denominator);
      return n !== null && d !== null && d !== 0 ? roundRatio(n / d) : null;
    }
  }
}

/**
 * The total row: sums; "true/reporting" for Có/Không; the count of units per option; a ratio
 * recomputed from the summed parts (never an average of the rows' percentages).
 */
export function totalCell(rows: readonly Values[], column: FormColumn): CellValue {
  const { indicator } = column;
  switch (column.kind) {
    case 'number': {
      const cells = rows.map((v) => unitCell(v, column)).filter((c): c is number => typeof c === 'number');
      return cells.length === 0 ? null : cells.reduce((a, b) => a + b, 0);
    }
    case 'mark': {
      if (!rows.some((v) => v.has(indicator.code))) return null;
      return rows.filter((v) => unitCell(v, column) === 1).length;
    }
    case 'bool': {
      const answers = rows.map((v) => v.get(indicator.code)).filter((v): v is boolean => typeof v === 'boolean');
      return answers.length === 0 ? null : `${answers.filter(Boolean).length}/${answers.length}`;
    }
    case 'percent': {
      // like the roll-up: null when no unit gave a part, or the summed denominator is 0
      const sum = (code: string | null) => {
        const parts = rows.map((v) => num(v, code)).filter((x): x is number => x !== null);
        return parts.length === 0 ? null : parts.reduce((a, b) => a + b, 0);
      };
      const n = sum(indicator.numerator);
      const d = sum(indicator.denominator);
      return n === null || d === null || d === 0 ? null : roundRatio(n / d);
    }
  }
}

/** Whether a unit gave a value the column's indicator counts (for coverage). */
export function hasValue(
  values: Values,
  indicator: { code: string; numerator: string | null; denominator: string | null; aggregation: string },
): boolean {
  if (indicator.aggregation === 'ratio') {
    return [indicator.numerator, indicator.denominator].some((c) => c !== null && values.has(c));
  }
  const v = values.get(indicator.code);
  return v !== undefined && !(typeof v === 'string' && v.trim() === '');
}
