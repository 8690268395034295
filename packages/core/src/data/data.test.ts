import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseRuleExpression } from '../rules-engine';
import { catalog } from './catalog';
import { categoryOptions } from './category-options';
import { rules } from './rules';

// /work/main/packages/core/src/data → repo root → ../shared/spec
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const specDir = resolve(repoRoot, '../shared/spec');
const specPresent = existsSync(specDir);
if (!specPresent) {
  console.warn(`\n!!! ${specDir} is missing: the catalog/category/rule data is NOT compared with the spec CSVs !!!\n`);
}

/** The spec's CSV files as objects by header (papaparse, as the project reads CSV everywhere). */
function readCsv(name: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(resolve(specDir, name), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

const list = (s: string | undefined) => (s ? s.split(';') : []);
const orNull = (s: string | undefined) => (s ? s : null);

describe('data modules equal the spec CSVs', () => {
  it.runIf(specPresent)('catalog.csv', () => {
    const expected = readCsv('catalog.csv').map((r) => ({
      code: r.code,
      forms: list(r.forms),
      label: r.label_vi,
      unitLabel: r.unit_vi,
      valueType: r.value_type,
      aggregation: r.aggregation,
      timeAggregation: orNull(r.time_aggregation),
      numerator: orNull(r.numerator),
      denominator: orNull(r.denominator),
      categorySet: orNull(r.category_set),
      note: r.note,
    }));
    expect(expected.length).toBeGreaterThan(40);
    expect(catalog).toEqual(expected);
  });

  it.runIf(specPresent)('category_sets.csv', () => {
    const expected = readCsv('category_sets.csv').map((r) => ({
      set: r.category_set,
      code: r.option_code,
      label: r.label_vi,
      aliases: list(r.aliases),
    }));
    expect(expected.length).toBeGreaterThan(10);
    expect(categoryOptions).toEqual(expected);
  });

  it.runIf(specPresent)('rules.csv', () => {
    const expected = readCsv('rules.csv').map((r) => ({
      id: r.rule_id,
      forms: list(r.forms),
      left: r.left,
      operator: r.operator,
      right: r.right,
      severity: r.severity,
      message: r.message_vi,
    }));
    expect(expected.length).toBe(7);
    expect(rules).toEqual(expected);
  });
});

describe('data modules are consistent', () => {
  const codes = new Set(catalog.map((i) => i.code));

  it('has unique indicator codes and NFC labels', () => {
    expect(codes.size).toBe(catalog.length);
    for (const i of catalog) expect(i.label).toBe(i.label.normalize('NFC'));
  });

  it('derived ratios name existing submitted numerators and denominators and have no form', () => {
    const ratios = catalog.filter((i) => i.aggregation === 'ratio');
    expect(ratios.map((r) => r.code)).toEqual(['DON_GQ_TY_LE', 'TTHC_DUNG_HAN_TY_LE', 'TTHC_QUA_HAN_TY_LE', 'XA_HUONG_UOC_TY_LE']);
    for (const r of ratios) {
      expect(r.forms).toEqual([]);
      expect(codes.has(r.numerator ?? '')).toBe(true);
      expect(codes.has(r.denominator ?? '')).toBe(true);
    }
  });

  it('every category set used by the catalog has options', () => {
    const sets = new Set(categoryOptions.map((o) => o.set));
    for (const i of catalog) if (i.categorySet) expect(sets.has(i.categorySet)).toBe(true);
  });

  it('every rule operand is an indicator of each of the rule forms', () => {
    for (const rule of rules) {
      for (const term of [...parseRuleExpression(rule.left), ...parseRuleExpression(rule.right)]) {
        const indicator = catalog.find((i) => i.code === term.code);
        for (const form of rule.forms) expect(indicator?.forms, `${rule.id} ${term.code}`).toContain(form);
      }
    }
  });
});
