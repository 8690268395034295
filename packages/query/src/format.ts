import type { QueryResult, QueryValue } from './run-query';

export const QUERY_FORMATS = ['table', 'csv', 'json'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

/** The result as an array of row objects (the `--json` / `--format json` output). */
export function toRowObjects(result: QueryResult): Record<string, QueryValue>[] {
  return result.rows.map((row) => Object.fromEntries(result.columns.map((c, i) => [c.name, row[i] ?? null])));
}

function cellText(value: QueryValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** RFC 4180 CSV with a header line; a field with a comma, quote or line break is quoted. */
export function toCsv(result: QueryResult): string {
  const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = [result.columns.map((c) => field(c.name)).join(',')];
  for (const row of result.rows) lines.push(row.map((v) => field(cellText(v))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Aligned columns for a terminal (numbers right-aligned), then the row count. */
export function toTable(result: QueryResult): string {
  const texts = result.rows.map((row) => row.map((v) => (v === null ? 'NULL' : cellText(v).replaceAll('\n', '↵'))));
  const widths = result.columns.map((c, i) => Math.max([...c.name].length, ...texts.map((r) => [...(r[i] ?? '')].length)));
  const numeric = result.columns.map((_, i) => result.rows.every((row) => row[i] === null || typeof row[i] === 'number'));
  const pad = (text: string, i: number) => {
    const fill = ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...text].length));
    return numeric[i] ? fill + text : text + fill;
  };
  const lines = [result.columns.map((c, i) => pad(c.name, i)).join('  '), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of texts) lines.push(row.map((t, i) => pad(t, i)).join('  '));
  const count = `(${result.rows.length} dòng${result.truncated ? ', đã cắt bớt' : ''})`;
  return `${[...lines.map((l) => l.trimEnd()), count].join('\n')}\n`;
}
