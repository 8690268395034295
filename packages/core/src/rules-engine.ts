import { TonghopInternalError } from './errors';
import type { FormCode, Rule } from './types';

export interface RuleOutcome {
  rule: Rule;
  /** The indicator codes of both sides, in order of appearance, without repeats. */
  operands: string[];
  left: number;
  right: number;
}

/** One signed operand of a rule side: an indicator code or a numeric literal. */
export interface RuleTerm {
  sign: 1 | -1;
  code?: string;
  literal?: number;
}

const TERM = /^(?:[A-Z][A-Z0-9_]*|\d+(?:\.\d+)?)$/;
const EPSILON = 1e-9;

/** `A + B - C` (indicator codes and numeric literals) → terms. Throws on a malformed expression. */
export function parseRuleExpression(expression: string): RuleTerm[] {
  const tokens = expression.trim().split(/\s*([+-])\s*/);
  const terms: RuleTerm[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    const token = tokens[i] ?? '';
    const sign = i === 0 || tokens[i - 1] === '+' ? 1 : -1;
    if (!TERM.test(token)) {
      throw new TonghopInternalError('BAD_RULE_EXPRESSION', `Biểu thức kiểm tra không hợp lệ: "${expression}"`);
    }
    terms.push(/^\d/.test(token) ? { sign, literal: Number(token) } : { sign, code: token });
  }
  return terms;
}

function evaluate(terms: RuleTerm[], values: ReadonlyMap<string, number>): number | null {
  let total = 0;
  for (const t of terms) {
    const v = t.code === undefined ? (t.literal ?? 0) : values.get(t.code);
    if (v === undefined || v === null || Number.isNaN(v)) return null;
    total += t.sign * v;
  }
  return total;
}

function holds(op: Rule['operator'], l: number, r: number): boolean {
  switch (op) {
    case '==':
      return Math.abs(l - r) <= EPSILON;
    case '!=':
      return Math.abs(l - r) > EPSILON;
    case '>=':
      return l >= r - EPSILON;
    case '<=':
      return l <= r + EPSILON;
    case '>':
      return l > r + EPSILON;
    case '<':
      return l < r - EPSILON;
  }
}

/**
 * Check one submission's numeric values against the rules of its form. A rule is evaluated
 * only when every operand has a value; returns the failed rules only.
 */
export function evaluateRules(rules: readonly Rule[], form: FormCode, values: ReadonlyMap<string, number>): RuleOutcome[] {
  const failed: RuleOutcome[] = [];
  for (const rule of rules) {
    if (!rule.forms.includes(form)) continue;
    const leftTerms = parseRuleExpression(rule.left);
    const rightTerms = parseRuleExpression(rule.right);
    const left = evaluate(leftTerms, values);
    const right = evaluate(rightTerms, values);
    if (left === null || right === null || holds(rule.operator, left, right)) continue;
    const operands = [...new Set([...leftTerms, ...rightTerms].flatMap((t) => (t.code ? [t.code] : [])))];
    failed.push({ rule, operands, left, right });
  }
  return failed;
}
