import type { IngestResult, Issue } from './types';
import { arrayIn, isObj, list, num, str } from './read';

function readIssue(item: unknown): Issue {
  if (!isObj(item)) return { cell: null, rule: null, message: String(item) };
  const where = [str(item.sheet), str(item.cell) ?? (num(item.line) !== null ? `dòng ${num(item.line)}` : null)].filter(Boolean).join('!');
  return { cell: where || null, rule: str(item.rule) ?? str(item.code), message: str(item.message) ?? '' };
}

/** POST /api/submissions → one result per submission (a table file yields several). */
export function readIngestResults(body: unknown): IngestResult[] {
  const items = isObj(body) && !Array.isArray(body.results) && body.file ? [body] : arrayIn(body, 'results');
  return items.filter(isObj).map((r) => ({
    file: str(r.file) ?? '',
    status: (str(r.status) ?? 'rejected') as IngestResult['status'],
    plugin: str(r.plugin),
    unit: str(r.unit),
    period: str(r.period),
    form: str(r.form),
    submission_id: str(r.submission_id),
    supersedes: str(r.supersedes),
    facts: num(r.facts),
    errors: list(r.errors).map(readIssue),
    warnings: list(r.warnings).map(readIssue),
  }));
}
