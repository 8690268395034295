import { MAX_TEXT_CHARS } from '@tonghop/core';
import type { LineageBody, RollupBody } from '../schemas';
import { displayName } from '../upload/file-name';

/** What one answer may carry: list items and characters of free text (the rest is counted, not sent). */
export interface AnswerCaps {
  /** Entries of one list (a figure's texts, a lineage's cells). */
  items: number;
  /** Characters of free text in one answer, all lists together. */
  textChars: number;
}

export const DEFAULT_ANSWER_CAPS: AnswerCaps = { items: 2000, textChars: 2_000_000 };

/** A text as answered: at most MAX_TEXT_CHARS (texts stored before the cell cap existed can be longer). */
function clip(text: string): string {
  return text.length > MAX_TEXT_CHARS ? `${text.slice(0, MAX_TEXT_CHARS)}…` : text;
}

/**
 * A roll-up bounded in size: each `list` figure keeps its first texts until the item or character
 * budget is spent; `texts_total` then says how many there were (the lineage names each one).
 */
export function capRollup(body: RollupBody, caps: AnswerCaps): RollupBody {
  let chars = 0;
  const figures = body.figures.map((f) => {
    if (!f.texts) return f;
    const texts: { unit: string; text: string }[] = [];
    for (const t of f.texts) {
      const text = clip(t.text);
      if (texts.length >= caps.items || chars + text.length > caps.textChars) break;
      chars += text.length;
      texts.push(text === t.text ? t : { unit: t.unit, text });
    }
    return texts.length === f.texts.length ? f : { ...f, texts, texts_total: f.texts.length };
  });
  return { ...body, figures };
}

/**
 * A lineage bounded in size and without server folders in its file names: at most `items` cells
 * (`cells_total` then says how many), texts clipped, within the character budget.
 */
export function capLineage(l: LineageBody, caps: AnswerCaps): LineageBody {
  let chars = 0;
  const cells: LineageBody['cells'] = [];
  for (const cell of l.cells) {
    const value = typeof cell.value === 'string' ? clip(cell.value) : cell.value;
    const size = typeof value === 'string' ? value.length : 0;
    if (cells.length >= caps.items || chars + size > caps.textChars) break;
    chars += size;
    cells.push({ ...cell, value, file: displayName(cell.file) });
  }
  return {
    ...l,
    submissions: l.submissions.slice(0, caps.items).map((s) => ({ ...s, file_name: displayName(s.file_name) })),
    cells,
    ...(cells.length < l.cells.length || l.submissions.length > caps.items
      ? { cells_total: l.cells.length, submissions_total: l.submissions.length }
      : {}),
  };
}
