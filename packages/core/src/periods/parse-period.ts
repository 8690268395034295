import { normalizeName } from '../names';
import type { Period } from '../types';
import { makePeriod, periodFromCode } from './period-codes';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const quarterNumber = (s: string) => ROMAN[s] ?? Number(s);

type Finder = (t: string) => Found | null;
interface Found {
  at: number;
  length: number;
  period: Period;
}

/**
 * Patterns over normalised text (lower case, no diacritics, punctuation as spaces). The phrase
 * that starts first in the text wins; on a tie the earlier pattern (more specific) wins, so that
 * "6 tháng đầu năm 2022" is a half and not the year 2022. A date ("ngày 15 tháng 7 năm 2022")
 * is not a period.
 */
const FINDERS: Finder[] = [
  (t) => match(t, /\b0?9 thang(?: dau)?(?: nam)? (\d{4})\b/, (m) => makePeriod('nine_months', Number(m[1]))),
  (t) => match(t, /\b0?6 thang cuoi(?: nam)? (\d{4})\b/, (m) => makePeriod('half', Number(m[1]), 2)),
  (t) => match(t, /\b(?:0?6|sau) thang(?: dau)?(?: nam)? (\d{4})\b/, (m) => makePeriod('half', Number(m[1]), 1)),
  (t) => match(t, /\bquy (iv|i{1,3}|0?[1-4])(?: nam)? (\d{4})\b/, (m) => makePeriod('quarter', Number(m[2]), quarterNumber(m[1] ?? ''))),
  (t) => match(t, /(?<!ngay \d{1,2} )\bthang (0?[1-9]|1[0-2])(?: nam)? (\d{4})\b/, (m) => makePeriod('month', Number(m[2]), Number(m[1]))),
  (t) => match(t, /\b(\d{4})(s[12]|q[1-4]|n9)\b/, (m) => periodFromCode(`${m[1]}${m[2]}`)),
  (t) =>
    match(t, /\b(?:(?:giai doan|tu nam|tu|nam) )?(\d{4}) (?:den )?(?:nam )?(\d{4})\b/, (m) =>
      makePeriod('multi_year', Number(m[1]), Number(m[2])),
    ),
  (t) => match(t, /(?<!thang \d{1,2} )\bnam (\d{4})\b/, (m) => makePeriod('year', Number(m[1]))),
];

function match(text: string, re: RegExp, build: (m: RegExpExecArray) => Period | null): Found | null {
  const m = re.exec(text);
  const period = m ? build(m) : null;
  return m && period ? { at: m.index, length: m[0].length, period } : null;
}

/**
 * A period from a code (`2022S1`, `2022-03`, `2017/2022`, ...) or from Vietnamese text, also
 * inside a longer title: "6 tháng đầu năm 2022", "Quý I/2023", "tháng 03 năm 2023",
 * "giai đoạn 2017 - 2022", "sơ kết 05 năm 2017-2022". Any case, NFC or NFD. Null if none.
 */
export function parsePeriod(text: string): Period | null {
  const known = remembered.get(text);
  if (known !== undefined) return known;
  const read = readPeriod(text);
  const period = read && Object.freeze(read);
  if (remembered.size >= REMEMBER) remembered.clear();
  remembered.set(text, period);
  return period;
}

/**
 * The answers for the last texts read: a file names a handful of periods on thousands of lines.
 * The periods are frozen, so handing out the same object twice is safe.
 */
const remembered = new Map<string, Period | null>();
const REMEMBER = 1024;

function readPeriod(text: string): Period | null {
  return periodFromCode(text.normalize('NFC')) ?? firstPhrase(normalizeName(text))?.period ?? null;
}

/** The phrase that starts first in normalised text; on a tie the earlier (more specific) pattern. */
function firstPhrase(normalized: string): Found | null {
  let best: Found | null = null;
  for (const find of FINDERS) {
    const found = find(normalized);
    if (found && (!best || found.at < best.at)) best = found;
  }
  return best;
}

/**
 * The period phrase inside a text as written there (NFC), the one `parsePeriod` reads:
 * "BÁO CÁO Kết quả thực hiện QCDC 6 tháng đầu năm 2022" → "6 tháng đầu năm 2022",
 * "TỔNG HỢP QUÝ I/2023" → "QUÝ I/2023". Null when the text names no period.
 */
export function findPeriodPhrase(text: string): string | null {
  const written = text.normalize('NFC');
  const { normalized, from, to } = normalizeWithPlaces(written);
  const found = firstPhrase(normalized);
  if (!found) return null;
  return written.slice(from[found.at], to[found.at + found.length - 1]);
}

const APOSTROPHES = /['’‘`´ʼ]/u;

/**
 * `normalizeName`, one character at a time, remembering where each normalised character came
 * from (`from[i]`..`to[i]` in the input), so a phrase found in normalised text maps back to the
 * words as written. The same text as `normalizeName` for NFC input (tested).
 */
export function normalizeWithPlaces(text: string): { normalized: string; from: number[]; to: number[] } {
  let normalized = '';
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const char of text) {
    const end = at + char.length;
    const bare = APOSTROPHES.test(char)
      ? ''
      : char
          .normalize('NFD')
          .replace(/\p{M}/gu, '')
          .replace(/[đĐ]/g, 'd')
          .toLowerCase()
          .replace(/[^\p{L}\p{N}%]/gu, ' ');
    for (const c of bare) {
      if (c === ' ' && (normalized === '' || normalized.endsWith(' '))) continue;
      normalized += c;
      from.push(at);
      to.push(end);
    }
    at = end;
  }
  if (normalized.endsWith(' ')) {
    normalized = normalized.slice(0, -1);
    from.pop();
    to.pop();
  }
  return { normalized, from, to };
}
