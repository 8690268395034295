import { parseValue, type FormCode, type Indicator } from '@tonghop/core';
import type { StageContext } from '@tonghop/ingest-contract';

/** One distinct (indicator, option) text pair of the staged rows, resolved for one form. */
export interface KeyRow {
  i: string;
  o: string;
  form: FormCode;
  /** The line has no indicator at all: an error of its draft whatever the value. */
  blank: boolean;
  /** Small number of the resolved (indicator, option), for the duplicate check; null when it does not resolve. */
  k: number | null;
  indicator: Indicator | null;
  option: string | null;
}

/**
 * Resolves each distinct (indicator, option) text pair once per form of the file's groups, with
 * the orchestrator's own function, and numbers the resolved pairs (`k`).
 */
export function resolveKeys(
  pairs: { i: string[]; o: string[] },
  forms: readonly FormCode[],
  resolveFactKey: StageContext['resolveFactKey'],
): KeyRow[] {
  const numbers = new Map<string, number>();
  const rows: KeyRow[] = [];
  for (let n = 0; n < pairs.i.length; n++) {
    const i = pairs.i[n] ?? '';
    const o = pairs.o[n] ?? '';
    const text = i.trim();
    const option = o.trim() === '' ? null : o.trim();
    for (const form of forms) {
      if (text === '') {
        rows.push({ i, o, form, blank: true, k: null, indicator: null, option: null });
        continue;
      }
      const key = resolveFactKey(text, option, form);
      let k: number | null = null;
      if (key) {
        const id = `${key.indicator.code}\u0000${key.option ?? ''}`;
        k = numbers.get(id) ?? numbers.size;
        numbers.set(id, k);
      }
      rows.push({ i, o, form, blank: false, k, indicator: key?.indicator ?? null, option: key?.option ?? null });
    }
  }
  return rows;
}

/** A distinct value text under one indicator ('' = the line's indicator does not resolve), parsed. */
export interface ValueRow {
  v: string;
  ind: string;
  /** Nothing written: the line is no fact. */
  blank: boolean;
  /** The value does not parse: an error of its draft. */
  bad: boolean;
  /** Parsed to something (not "-"): stored. */
  has: boolean;
  num: number | null;
  bool: boolean | null;
  text: string | null;
}

/** Parses each distinct (value, indicator) pair the SQL fast path (plain digits of a count) does not cover. */
export function parseValues(pairs: { v: string[]; ind: string[] }, indicators: ReadonlyMap<string, Indicator>): ValueRow[] {
  return pairs.v.map((raw, n): ValueRow => {
    const v = raw ?? '';
    const ind = pairs.ind[n] ?? '';
    const value = v.trim();
    const none = { num: null, bool: null, text: null };
    if (value === '') return { v, ind, blank: true, bad: false, has: false, ...none };
    const indicator = indicators.get(ind);
    if (!indicator) return { v, ind, blank: false, bad: false, has: false, ...none };
    const parsed = parseValue(value, indicator);
    if (!parsed.ok) return { v, ind, blank: false, bad: true, has: false, ...none };
    const x = parsed.value;
    if (x === null) return { v, ind, blank: false, bad: false, has: false, ...none };
    if (typeof x === 'number') return { v, ind, blank: false, bad: false, has: true, ...none, num: x };
    if (typeof x === 'boolean') return { v, ind, blank: false, bad: false, has: true, ...none, bool: x };
    return { v, ind, blank: false, bad: false, has: true, ...none, text: x };
  });
}
