import { evaluateRules, rules as catalogRules, type FormCode, type Rule, type SourceRef } from '@tonghop/core';
import type { IssueList } from './issues';
import { cellRef, shortPlace } from './place';
import type { ResolvedFact } from './resolve-facts';

/** The numeric value of each indicator: its own total, or the sum of its options when no total was given. */
export function numericValues(facts: readonly ResolvedFact[]): { values: Map<string, number>; sources: Map<string, SourceRef[]> } {
  const totals = new Map<string, number>();
  const optionSums = new Map<string, number>();
  const sources = new Map<string, SourceRef[]>();
  for (const f of facts) {
    if (typeof f.value !== 'number') continue;
    const code = f.indicator.code;
    if (f.option === null) totals.set(code, f.value);
    else optionSums.set(code, (optionSums.get(code) ?? 0) + f.value);
    sources.set(code, [...(sources.get(code) ?? []), f.source]);
  }
  const values = new Map(optionSums);
  for (const [code, v] of totals) values.set(code, v);
  return { values, sources };
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10_000) / 10_000);
}

/**
 * Runs the catalog rules of the form. Each failed rule becomes an issue on `errors` or `warnings`
 * (by severity) whose message names the operands, their values and their cells.
 */
export function applyRules(
  facts: readonly ResolvedFact[],
  form: FormCode,
  place: SourceRef,
  errors: IssueList,
  warnings: IssueList,
  rules: readonly Rule[] = catalogRules,
): void {
  const { values, sources } = numericValues(facts);
  for (const outcome of evaluateRules(rules, form, values)) {
    const where = outcome.operands.map((code) => {
      const refs = sources.get(code) ?? [];
      return `${code} = ${formatNumber(values.get(code) ?? 0)} ở ${refs.map(shortPlace).join(', ')}`;
    });
    const cells = outcome.operands.flatMap((code) => (sources.get(code) ?? []).map(cellRef)).filter((c) => c !== null);
    const message = `${outcome.rule.message} (${outcome.rule.left} = ${formatNumber(outcome.left)}, ${outcome.rule.right} = ${formatNumber(outcome.right)}): ${where.join('; ')}`;
    const target = outcome.rule.severity === 'error' ? errors : warnings;
    target.add(outcome.rule.id, { file: place.file, ...(place.sheet ? { sheet: place.sheet } : {}) }, message, cells.join(', ') || null);
  }
}
