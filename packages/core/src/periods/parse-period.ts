import { normalizeName } from '../names';
import type { Period } from '../types';
import { makePeriod, periodFromCode } from './period-codes';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const quarterNumber = (s: string) => ROMAN[s] ?? Number(s);

type Finder = (t: string) => Found | null;
interface Found {
  at: number;
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
  return m && period ? { at: m.index, period } : null;
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
  const byCode = periodFromCode(text.normalize('NFC'));
  if (byCode) return byCode;
  const normalized = normalizeName(text);
  let best: Found | null = null;
  for (const find of FINDERS) {
    const found = find(normalized);
    if (found && (!best || found.at < best.at)) best = found;
  }
  return best?.period ?? null;
}
