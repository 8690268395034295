import { FORM_CODES, type FormCode, getIndicator } from '@tonghop/core';
import type { Sources } from '@tonghop/figures';

/** The numbered list of the appendix's "Nguồn số liệu" table and, per indicator, its numbers. */
export interface SourceRefs {
  list: Sources['submissions'];
  /** Indicator code → 1-based numbers in `list` (a ratio: its numerator's and denominator's). */
  byIndicator: ReadonlyMap<string, number[]>;
}

export function numberSources(sources: Sources): SourceRefs {
  const direct = new Map<string, number[]>();
  // Forms in the catalog's order (XA, CQ, DN, MT), then as figures gives them (unit code, period).
  const rank = (form: string) => FORM_CODES.indexOf(form as FormCode);
  const list = [...sources.submissions].sort((a, b) => rank(a.form) - rank(b.form));
  list.forEach((s, i) => {
    for (const indicator of s.indicators) {
      const list = direct.get(indicator) ?? [];
      list.push(i + 1);
      direct.set(indicator, list);
    }
  });
  return { list, byIndicator: direct };
}

/** The numbers for an indicator: its own, or its numerator's and denominator's for a ratio. */
export function refsOf(refs: SourceRefs, code: string): number[] {
  const indicator = getIndicator(code);
  if (indicator?.aggregation !== 'ratio') return refs.byIndicator.get(code) ?? [];
  const set = new Set([
    ...(refs.byIndicator.get(indicator.numerator ?? '') ?? []),
    ...(refs.byIndicator.get(indicator.denominator ?? '') ?? []),
  ]);
  return [...set].sort((a, b) => a - b);
}

/** [1,2,3,5,7,8] → "1–3, 5, 7–8". */
export function compressRanges(numbers: readonly number[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < numbers.length) {
    const start = numbers[i] ?? 0;
    let end = start;
    while (i + 1 < numbers.length && numbers[i + 1] === end + 1) {
      i += 1;
      end = numbers[i] ?? end;
    }
    out.push(end === start ? String(start) : end === start + 1 ? `${start}, ${end}` : `${start}–${end}`);
    i += 1;
  }
  return out.join(', ');
}
