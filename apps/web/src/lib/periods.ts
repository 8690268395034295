// Period codes (spec §2) in words, and their order. The page keeps its own small copy of the
// rules of @tonghop/core's periodLabel so the browser bundle pulls in nothing server-side.
const ROMAN = ['I', 'II', 'III', 'IV'] as const;

export function periodLabel(code: string): string {
  let m = /^(\d{4})$/.exec(code);
  if (m) return `Năm ${m[1]}`;
  m = /^(\d{4})S([12])$/.exec(code);
  if (m) return `6 tháng ${m[2] === '1' ? 'đầu' : 'cuối'} năm ${m[1]}`;
  m = /^(\d{4})Q([1-4])$/.exec(code);
  if (m) return `Quý ${ROMAN[Number(m[2]) - 1]}/${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(code);
  if (m) return `Tháng ${Number(m[2])}/${m[1]}`;
  m = /^(\d{4})N9$/.exec(code);
  if (m) return `9 tháng đầu năm ${m[1]}`;
  m = /^(\d{4})\/(\d{4})$/.exec(code);
  if (m) return `Giai đoạn ${m[1]} - ${m[2]}`;
  return code;
}

/** [start month index since year 0, length in months], for sorting. */
function span(code: string): [number, number] {
  let m = /^(\d{4})$/.exec(code);
  if (m) return [Number(m[1]) * 12, 12];
  m = /^(\d{4})S([12])$/.exec(code);
  if (m) return [Number(m[1]) * 12 + (Number(m[2]) - 1) * 6, 6];
  m = /^(\d{4})Q([1-4])$/.exec(code);
  if (m) return [Number(m[1]) * 12 + (Number(m[2]) - 1) * 3, 3];
  m = /^(\d{4})-(\d{2})$/.exec(code);
  if (m) return [Number(m[1]) * 12 + Number(m[2]) - 1, 1];
  m = /^(\d{4})N9$/.exec(code);
  if (m) return [Number(m[1]) * 12, 9];
  m = /^(\d{4})\/(\d{4})$/.exec(code);
  if (m) return [Number(m[1]) * 12, (Number(m[2]) - Number(m[1]) + 1) * 12];
  return [0, 0];
}

/** Oldest first; for the same start, the shorter period first. */
export function comparePeriods(a: string, b: string): number {
  const [sa, la] = span(a);
  const [sb, lb] = span(b);
  return sa - sb || la - lb || a.localeCompare(b);
}

export function isPeriodCode(text: string): boolean {
  return span(text)[1] > 0;
}

/** First and last day of a period, as ISO dates. */
export function periodBounds(code: string): [string, string] | null {
  const [start, length] = span(code);
  if (length === 0) return null;
  const iso = (month: number, day: number): string =>
    `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const last = start + length - 1;
  const lastDay = new Date(Date.UTC(Math.floor(last / 12), (last % 12) + 1, 0)).getUTCDate();
  return [iso(start, 1), iso(last, lastDay)];
}
