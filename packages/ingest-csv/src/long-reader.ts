import type { RawFact, SubmissionDraft } from '@tonghop/ingest-contract';
import { issue } from '@tonghop/ingest-contract';
import type { CsvSource } from './csv-source';
import { CSV_ISSUE_CODES } from './errors';
import { newScan, scanFailure, scanLongRows } from './long-rows';

const groupKey = (unit: string, period: string, form: string) => `${unit}\u0000${period}\u0000${form}`;

/**
 * Reads a long file: one draft per (unit, period, form) as written (trimmed), one fact per
 * non-empty value with its line. Any file-level error (decoding, quotes, field count, missing unit
 * or period) turns the whole file into one error draft.
 *
 * One pass (`open` called once): drafts are held to the end, yielded in order of first appearance.
 * Two passes (`twoPass`): pass 1 checks the file and records each group's last line; pass 2 yields
 * each draft as soon as its last line is read, so only open groups are held (sorted files: one).
 */
export async function* readLong(file: string, open: () => CsvSource, twoPass: boolean): AsyncGenerator<SubmissionDraft> {
  let lastLines: Map<string, number> | null = null;
  if (twoPass) {
    const src = open();
    const scan = newScan();
    const last = new Map<string, number>();
    let u = '', p = '', f = '', key = '', keyLast = 0;
    for await (const _ of scanLongRows(src, file, scan, (_row, line, unit, period, form) => {
      if (key === '' || unit !== u || period !== p || form !== f) {
        if (key !== '') last.set(key, keyLast);
        u = unit; p = period; f = form;
        key = groupKey(unit, period, form);
      }
      keyLast = line;
    }));
    if (key !== '') last.set(key, keyLast);
    const failure = scanFailure(file, src, scan);
    if (failure) { yield failure; return; }
    lastLines = last;
  }

  const src = open();
  const scan = newScan();
  const drafts = new Map<string, SubmissionDraft>();
  const ready: SubmissionDraft[] = [];
  const interned = new Map<string, string>();
  const intern = (s: string): string => {
    const known = interned.get(s);
    if (known !== undefined) return known;
    const copy = own(s);
    interned.set(copy, copy);
    return copy;
  };
  let u = '', p = '', f = '', key = '', current: SubmissionDraft | null = null, currentLast = -1;

  const onRow = (row: readonly string[], line: number, unit: string, period: string, form: string) => {
    const cols = scan.cols as NonNullable<typeof scan.cols>;
    if (current === null || unit !== u || period !== p || form !== f) {
      u = unit; p = period; f = form;
      key = groupKey(unit, period, form);
      current = drafts.get(key) ?? null;
      currentLast = lastLines?.get(key) ?? -1;
      if (current === null) {
        const source = { file, line };
        current = {
          unit: { text: own(unit), source }, period: { text: own(period), source }, form: form === '' ? null : { text: own(form), source },
          facts: [], errors: [], warnings: [], source,
        };
        drafts.set(key, current);
      }
    }
    const draft: SubmissionDraft = current;
    const indicator = (row[cols.indicator] as string).trim();
    const value = (row[cols.value] as string).trim();
    if (indicator === '') {
      draft.errors.push(issue(CSV_ISSUE_CODES.missingIndicator, `Dòng ${line} thiếu mã chỉ tiêu (cột indicator), tệp ${file}.`, { file, line }));
    } else if (value !== '') {
      const option = cols.option === -1 ? '' : (row[cols.option] as string).trim();
      const fact: RawFact = { indicator: intern(indicator), option: option === '' ? null : intern(option), raw: own(value), source: { file, line } };
      draft.facts.push(fact);
    }
    if (line === currentLast) {
      ready.push(draft);
      drafts.delete(key);
      current = null;
    }
  };

  for await (const _ of scanLongRows(src, file, scan, onRow)) {
    if (ready.length > 0) yield* ready.splice(0);
  }
  const failure = scanFailure(file, src, scan);
  if (failure) {
    // Only in one-pass mode (two passes checked the file first): nothing was yielded yet.
    yield failure;
    return;
  }
  yield* ready.splice(0);
  yield* drafts.values();
}

/**
 * A copy of a string that does not pin the parser's 256 KiB block: V8 keeps substrings of 13+
 * characters as slices of their parent, so holding raw values would hold the whole file's text.
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
