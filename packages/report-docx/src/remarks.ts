import type { RollupFigure } from '@tonghop/figures';
import type { FormSection, UnitInfo } from '@tonghop/report-export/loaders';

/** One remark (hạn chế, kiến nghị) and the units that wrote it, in unit order. */
export interface Remark {
  text: string;
  units: UnitInfo[];
}

/** "- Thiếu kinh phí;" → "Thiếu kinh phí": bullets, numbering and closing punctuation go. */
function clean(line: string): string {
  return line
    .normalize('NFC')
    .replace(/^\s*(?:[-+•*–—]|\d+[.)]|[a-zđ][.)])\s*/iu, '')
    .replace(/[\s;,.]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const sameKey = (text: string) => text.toLocaleLowerCase('vi');

/**
 * The texts of a `list` indicator compiled: each unit's text split into lines, cleaned, equal
 * remarks (case and spacing aside) merged with all their units; remarks in the order of the
 * first unit that wrote them, units in the report's order (forms XA, CQ, DN, MT, then code).
 */
export function compileRemarks(
  figure: RollupFigure | undefined,
  forms: readonly FormSection[],
  units: ReadonlyMap<string, UnitInfo>,
): Remark[] {
  if (!figure?.texts?.length) return [];
  const order = new Map<string, number>();
  for (const s of forms) for (const r of s.rows) if (!order.has(r.unit.code)) order.set(r.unit.code, order.size);
  const rank = (code: string) => order.get(code) ?? Number.MAX_SAFE_INTEGER;
  const texts = [...figure.texts].sort((a, b) => rank(a.unit) - rank(b.unit) || a.unit.localeCompare(b.unit));
  const byKey = new Map<string, Remark>();
  for (const t of texts) {
    const unit = units.get(t.unit) ?? { code: t.unit, name: t.unit, type: 'xa' as const, parentCode: null };
    for (const line of t.text.split(/\r\n|\r|\n/u)) {
      const text = clean(line);
      if (text === '') continue;
      const key = sameKey(text);
      const found = byKey.get(key);
      if (!found) byKey.set(key, { text, units: [unit] });
      else if (!found.units.some((u) => u.code === unit.code)) found.units.push(unit);
    }
  }
  return [...byKey.values()];
}
