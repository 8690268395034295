/**
 * The words of a comparison (spec §6), one home for the CLI, the page, the summary workbook and
 * the narrative report: "tăng 12,5% so với cùng kỳ", "giảm 3,0% so với kỳ trước", with a mark
 * when the earlier figure was restated onto today's units ("*": exact; "*¹": partial).
 */
export interface ComparisonLike {
  value: number | null;
  diff: number | null;
  change: number | null;
  restated: 'full' | 'partial' | null;
}

export const COMPARISON_NAMES = { 'previous-year': 'cùng kỳ', 'previous-period': 'kỳ trước' } as const;
export type ComparisonKind = keyof typeof COMPARISON_NAMES;

/** The mark after a restated comparison, and what it means (for a footnote or a title). */
export const RESTATED_MARKS = {
  full: { mark: '*', note: 'số liệu kỳ so sánh được tính lại theo đơn vị hành chính hiện nay' },
  partial: {
    mark: '*¹',
    note: 'số liệu kỳ so sánh được tính lại theo đơn vị hành chính hiện nay, chưa gồm các đơn vị cũ chỉ sáp nhập một phần',
  },
} as const;

function percent(fraction: number): string {
  return `${(Math.abs(fraction) * 100).toFixed(1).replace('.', ',')}%`;
}

export function comparisonText(c: ComparisonLike, kind: ComparisonKind): string {
  const name = COMPARISON_NAMES[kind];
  const mark = c.restated ? RESTATED_MARKS[c.restated].mark : '';
  if (c.value === null || c.diff === null) return `chưa có số liệu ${name}`;
  if (c.diff === 0) return `bằng ${name}${mark}`;
  const word = c.diff > 0 ? 'tăng' : 'giảm';
  return c.change === null ? `${word} so với ${name}${mark} (${name}: 0)` : `${word} ${percent(c.change)} so với ${name}${mark}`;
}
