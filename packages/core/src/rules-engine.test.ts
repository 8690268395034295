import { describe, expect, it } from 'vitest';
import { rules } from './data/rules';
import { evaluateRules, parseRuleExpression } from './rules-engine';
import type { Rule } from './types';

const values = (entries: Record<string, number>) => new Map(Object.entries(entries));
const ids = (outcomes: ReturnType<typeof evaluateRules>) => outcomes.map((o) => o.rule.id);
const rule = (left: string, operator: Rule['operator'], right: string): Rule => ({
  id: 'T',
  forms: ['XA'],
  left,
  operator,
  right,
  severity: 'error',
  message: 'm',
});

// The Đam Rông 2022S1 district totals (seed-figures.md) satisfy every rule.
const damRong = values({
  TCD_LUOT: 65,
  TCD_NGUOI: 80,
  DON_TONG: 89,
  DON_KHIEU_NAI: 14,
  DON_KIEN_NGHI: 75,
  DON_TO_CAO: 0,
  DON_DA_GQ: 74,
  DON_DANG_GQ: 15,
  TTHC_TIEP_NHAN: 7554,
  TTHC_DA_GQ: 7088,
  TTHC_DUNG_HAN: 7029,
  TTHC_QUA_HAN: 59,
  TTHC_CHUA_GQ: 216,
  TTHC_KHONG_DU_DK: 250,
});

describe('evaluateRules', () => {
  it('the seed figures pass every rule', () => {
    expect(evaluateRules(rules, 'XA', damRong)).toEqual([]);
    expect(evaluateRules(rules, 'CQ', damRong)).toEqual([]);
  });

  it('returns a failed rule with both sides and its operands', () => {
    const bad = new Map(damRong).set('DON_TONG', 90);
    const failed = evaluateRules(rules, 'XA', bad);
    expect(ids(failed)).toEqual(['R01', 'R02']);
    expect(failed[0]).toMatchObject({ left: 90, right: 89, operands: ['DON_TONG', 'DON_KHIEU_NAI', 'DON_TO_CAO', 'DON_KIEN_NGHI'] });
    expect(failed[1]).toMatchObject({ left: 89, right: 90, operands: ['DON_DA_GQ', 'DON_DANG_GQ', 'DON_TONG'] });
  });

  it('skips a rule when an operand has no value (missing is not zero)', () => {
    expect(evaluateRules(rules, 'XA', values({ DON_TONG: 89, DON_KHIEU_NAI: 14, DON_KIEN_NGHI: 75 }))).toEqual([]);
    expect(ids(evaluateRules(rules, 'XA', values({ DON_TONG: 89, DON_KHIEU_NAI: 14, DON_KIEN_NGHI: 70, DON_TO_CAO: 0 })))).toEqual(['R01']);
  });

  it('only applies the rules of the form', () => {
    const v = values({ XA_THON_HUONG_UOC: 12, XA_THON_TONG: 10, XA_HOA_GIAI_THANH: 5, XA_HOA_GIAI_VU: 4 });
    expect(ids(evaluateRules(rules, 'XA', v))).toEqual(['R06', 'R07']);
    expect(evaluateRules(rules, 'CQ', v)).toEqual([]);
    expect(ids(evaluateRules(rules, 'XA', values({ TCD_NGUOI: 10, TCD_LUOT: 12 })))).toEqual(['R05']);
  });

  it.each<[Rule['operator'], number, number, boolean]>([
    ['==', 2, 2, false],
    ['==', 2, 3, true],
    ['!=', 2, 2, true],
    ['!=', 2, 3, false],
    ['>=', 2, 2, false],
    ['>=', 1, 2, true],
    ['<=', 2, 2, false],
    ['<=', 3, 2, true],
    ['>', 2, 2, true],
    ['>', 3, 2, false],
    ['<', 2, 2, true],
    ['<', 1, 2, false],
  ])('A %s B with A=%d, B=%d fails: %s', (op, a, b, fails) => {
    expect(evaluateRules([rule('A', op, 'B')], 'XA', values({ A: a, B: b })).length).toBe(fails ? 1 : 0);
  });

  it('handles literals, subtraction and float sums', () => {
    expect(evaluateRules([rule('A - B + 1', '==', 'C')], 'XA', values({ A: 5, B: 2, C: 4 }))).toEqual([]);
    expect(evaluateRules([rule('A + B', '==', 'C')], 'XA', values({ A: 0.1, B: 0.2, C: 0.3 }))).toEqual([]);
  });

  it('throws BAD_RULE_EXPRESSION on a malformed expression', () => {
    expect(() => parseRuleExpression('A + ')).toThrow(expect.objectContaining({ code: 'BAD_RULE_EXPRESSION' }));
    expect(() => parseRuleExpression('A * B')).toThrow(expect.objectContaining({ code: 'BAD_RULE_EXPRESSION' }));
    expect(parseRuleExpression('A - 2 + B_C')).toEqual([
      { sign: 1, code: 'A' },
      { sign: -1, literal: 2 },
      { sign: 1, code: 'B_C' },
    ]);
  });
});
