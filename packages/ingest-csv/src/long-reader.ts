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
 * each draft once its last line is read and every draft that starts before it is yielded, so the
 * order is the same and a sorted file holds one open group (an interleaved one holds the groups
 * that wait for an earlier one).
 */
export async function* readLong(file: string, open: () => CsvSource, twoPass: boolean): AsyncGenerator<SubmissionDraft> {
  let lastLines: Map<string, number> | null = null;
  let order: string[] = [];
  if (twoPass) {
    const src = open();
    const scan = newScan();
    const last = new Map<string, number>();
    let u = '',
      p = '',
      f = '',
      key = '',
      keyLast = 0;
    for await (const _ of scanLongRows(src, file, scan, (_row, line, unit, period, form) => {
      if (key === '' || unit !== u || period !== p || form !== f) {
        if (key !== '') last.set(key, keyLast);
        u = unit;
        p = period;
        f = form;
        key = groupKey(unit, period, form);
      }
      keyLast = line;
    }));
    if (key !== '') last.set(key, keyLast);
    const failure = scanFailure(file, src, scan);
    if (failure) {
      yield failure;
      return;
    }
    lastLines = last;
    order = [...last.keys()]; // a Map keeps the order of first insertion: of first appearance
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
  let u = '',
    p = '',
    f = '',
    key = '',
    current: SubmissionDraft | null = null,
    currentLast = -1;
  const complete = new Set<string>();
  let next = 0;

  const onRow = (row: readonly string[], line: number, unit: string, period: string, form: string) => {
    const cols = scan.cols as NonNullable<typeof scan.cols>;
    if (current === null || unit !== u || period !== p || form !== f) {
      u = unit;
      p = period;
      f = form;
      key = groupKey(unit, period, form);
      current = drafts.get(key) ?? null;
      currentLast = lastLines?.get(key) ?? -1;
      if (current === null) {
        current = newLongDraft(file, line, unit, period, form);
        drafts.set(key, current);
      }
    }
    const draft: SubmissionDraft = current;
    addLongRow(
      draft,
      file,
      line,
      row[cols.indicator] as string,
      cols.option === -1 ? '' : (row[cols.option] as string),
      row[cols.value] as string,
      intern,
    );
    if (line === currentLast) {
      complete.add(key);
      current = null;
      for (let k = order[next]; k !== undefined && complete.has(k); k = order[++next]) {
        ready.push(drafts.get(k) as SubmissionDraft);
        drafts.delete(k);
        complete.delete(k);
      }
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
  yield* drafts.values(); // one pass: in order of first appearance (a Map keeps insertion order)
}

/**
 * One data line of a long file into its draft (texts as read, untrimmed): a blank indicator is an
 * error of the draft, a blank value is no fact, anything else is a raw fact with its line.
 * Shared with the staged path of the orchestrator, which rebuilds drafts from staged rows.
 */
export function addLongRow(
  draft: SubmissionDraft,
  file: string,
  line: number,
  indicatorText: string,
  optionText: string,
  valueText: string,
  intern: (s: string) => string = own,
): void {
  const indicator = indicatorText.trim();
  const value = valueText.trim();
  if (indicator === '') {
    draft.errors.push(
      issue(CSV_ISSUE_CODES.missingIndicator, `Dòng ${line} thiếu mã chỉ tiêu (cột indicator), tệp ${file}.`, { file, line }),
    );
  } else if (value !== '') {
    const option = optionText.trim();
    const fact: RawFact = {
      indicator: intern(indicator),
      option: option === '' ? null : intern(option),
      raw: own(value),
      source: { file, line },
    };
    draft.facts.push(fact);
  }
}

/** The draft of one (unit, period, form) group, first seen at `line` (texts trimmed, form '' when absent). */
export function newLongDraft(file: string, line: number, unit: string, period: string, form: string): SubmissionDraft {
  const source = { file, line };
  return {
    unit: { text: own(unit), source },
    period: { text: own(period), source },
    form: form === '' ? null : { text: own(form), source },
    facts: [],
    errors: [],
    warnings: [],
    source,
  };
}

/**
 * A copy of a string that does not pin the parser's 256 KiB block: V8 keeps substrings of 13+
 * characters as slices of their parent, so holding raw values would hold the whole file's text.
 */
function own(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}
