import type { SubmissionDraft } from '../types';

/**
 * Drafts as plain JSON for golden files: dates as ISO strings, `undefined` members dropped,
 * members in a fixed order. What a reviewer reads in `expected.json`.
 */
export function normalizeDrafts(pluginName: string, drafts: readonly SubmissionDraft[]): unknown {
  return { plugin: pluginName, drafts: JSON.parse(JSON.stringify(drafts.map(orderDraft), replaceDates)) as unknown };
}

function orderDraft(d: SubmissionDraft): unknown {
  return { unit: d.unit, period: d.period, form: d.form, source: d.source, errors: d.errors, warnings: d.warnings, facts: d.facts };
}

function replaceDates(this: unknown, key: string, value: unknown): unknown {
  const original = (this as Record<string, unknown>)[key];
  return original instanceof Date ? { date: original.toISOString() } : value;
}

/** JSON text where small objects and arrays stay on one line: one fact, one issue per line. */
export function stringifyCompact(value: unknown, indent = '', width = 110): string {
  const flat = JSON.stringify(value);
  if (flat === undefined) return 'null';
  if (typeof value !== 'object' || value === null || flat.length + indent.length <= width) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + stringifyCompact(v, inner, width)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringifyCompact(v, inner, width)}`).join(',\n')}\n${indent}}`;
}
