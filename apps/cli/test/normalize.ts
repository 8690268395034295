/** Result objects of `ingest --json`, with submission ids made stable: `#1`, `#2` in order of first use. */
export interface JsonResult {
  submission_id: number | string | null;
  supersedes: number | string | null;
  [key: string]: unknown;
}

export function normalizeIds(results: JsonResult[], known = new Map<number, string>()): JsonResult[] {
  const name = (id: number | string | null): string | null => {
    if (id === null || typeof id === 'string') return id;
    if (!known.has(id)) known.set(id, `#${known.size + 1}`);
    return known.get(id) ?? null;
  };
  return results.map((r) => ({ ...r, submission_id: name(r.submission_id), supersedes: name(r.supersedes) }));
}
