import type { SourceRef } from '@tonghop/core';
import type { DraftIssue, Located, SubmissionDraft } from './types';

/** A problem found while reading. `message` is Vietnamese and names the place. */
export function issue(code: string, message: string, source: SourceRef): DraftIssue {
  return { code, message, source };
}

/** A text as written, with where it was written. */
export function located(text: string, source: SourceRef): Located {
  return { text, source };
}

/**
 * The draft a plugin yields for a file it cannot read at all (empty, malformed, wrong encoding):
 * no unit, period or form, no facts, the errors. The orchestrator refuses it whole.
 */
export function errorDraft(file: string, errors: readonly DraftIssue[], warnings: readonly DraftIssue[] = []): SubmissionDraft {
  return { unit: null, period: null, form: null, facts: [], errors: [...errors], warnings: [...warnings], source: { file } };
}

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new RangeError(`column must be a positive integer, got ${col}`);
  let n = col;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 reference of a 1-based column and row: `cellRef(4, 12)` → `D12`. */
export function cellRef(col: number, row: number): string {
  if (!Number.isInteger(row) || row < 1) throw new RangeError(`row must be a positive integer, got ${row}`);
  return `${columnLetters(col)}${row}`;
}

/** True when a draft (or any of several) carries at least one error. */
export function hasErrors(drafts: SubmissionDraft | readonly SubmissionDraft[]): boolean {
  const list = Array.isArray(drafts) ? drafts : [drafts as SubmissionDraft];
  return list.some((d) => d.errors.length > 0);
}
