import type { StageContext, StagedHeader, SubmissionDraft } from '@tonghop/ingest-contract';
import { newLongDraft } from '../long-reader';

/** The distinct (unit, period, form) texts of the staged rows as written, with their first and last row. */
export interface RawGroups {
  u: string[];
  p: string[];
  f: string[];
  first: number[];
  last: number[];
}

/** One submission of the file: a (unit, period, form) as the plugin groups them (texts trimmed). */
export interface DraftGroup {
  /** Its number: the order of first appearance, as the plugin yields drafts. */
  grp: number;
  /** Staged rows (0 = line 2). */
  first: number;
  last: number;
  /** The draft the plugin would start for it (no facts): for its texts, source and messages. */
  draft: SubmissionDraft;
  /** Resolved and allowed to submit; null when the header has a problem (the draft then goes the plugin's way). */
  header: StagedHeader | null;
}

export interface Groups {
  list: DraftGroup[];
  /** The group of each raw (unit, period, form) of `RawGroups`, by index. */
  ofRaw: number[];
}

const rowLine = (row: number) => row + 2;

/**
 * Merges raw texts that trim to the same (unit, period, form), numbers the groups in order of
 * first appearance and resolves each header with the orchestrator's own function (the stage context's).
 * Null when a row has no unit or no period: the plugin refuses such a file whole, so it goes its way.
 */
export function draftGroups(raw: RawGroups, file: string, resolveHeader: StageContext['resolveHeader']): Groups | null {
  const byKey = new Map<string, { first: number; last: number; texts: [string, string, string]; raws: number[] }>();
  for (let i = 0; i < raw.u.length; i++) {
    const texts: [string, string, string] = [(raw.u[i] ?? '').trim(), (raw.p[i] ?? '').trim(), (raw.f[i] ?? '').trim()];
    if (texts[0] === '' || texts[1] === '') return null;
    const key = texts.join('\u0000');
    const first = raw.first[i] ?? 0;
    const last = raw.last[i] ?? 0;
    const known = byKey.get(key);
    if (known) {
      known.first = Math.min(known.first, first);
      known.last = Math.max(known.last, last);
      known.raws.push(i);
    } else byKey.set(key, { first, last, texts, raws: [i] });
  }
  const ordered = [...byKey.values()].sort((a, b) => a.first - b.first);
  const ofRaw = new Array<number>(raw.u.length);
  const list = ordered.map((g, grp): DraftGroup => {
    for (const i of g.raws) ofRaw[i] = grp;
    const draft = newLongDraft(file, rowLine(g.first), ...g.texts);
    return { grp, first: g.first, last: g.last, draft, header: resolveHeader(draft) };
  });
  return { list, ofRaw };
}
