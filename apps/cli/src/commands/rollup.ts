import { defineCommand } from 'citty';
import { COMPARISONS, comparisonText, getIndicator, periodLabel, RESTATED_MARKS, resolveOption, type Comparison } from '@tonghop/core';
import type { Rollup, RollupFigure } from '@tonghop/figures';
import { withBackend } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { formatNumber, formatPercent } from '../format-number';
import { globalArgs } from '../global-args';
import { manyArg, periodArg } from '../period-arg';
import { renderTable } from '../table';
import { unitNames, type UnitNames } from '../unit-names';

function label(f: RollupFigure): string {
  if (f.option === null) return f.label;
  const ind = getIndicator(f.indicator);
  const option = ind?.categorySet ? resolveOption(ind.categorySet, f.option) : undefined;
  return `  - ${option?.label ?? f.option}`;
}

function value(f: RollupFigure): string {
  const unitLabel = getIndicator(f.indicator)?.unitLabel;
  if (f.aggregation === 'ratio') return `${formatPercent(f.value)} (${formatNumber(f.numerator)}/${formatNumber(f.denominator)})`;
  if (f.aggregation === 'share_true') return `${formatNumber(f.numerator)}/${formatNumber(f.denominator)} "Có"`;
  if (f.aggregation === 'list') return f.texts && f.texts.length > 0 ? `${f.texts.length} ý kiến` : '—';
  return `${formatNumber(f.value)}${unitLabel && f.value !== null ? ` ${unitLabel}` : ''}`;
}

/** The note of a figure: derived from sub-periods, restated on today's units, compared with another period. */
function note(f: RollupFigure, compare?: Comparison): string {
  const parts: string[] = [];
  if (f.derived) parts.push('suy ra từ các kỳ con');
  if (f.restated)
    parts.push(
      `tính lại theo đơn vị hiện nay${f.restated === 'partial' ? `, chưa gồm ${f.partial_predecessors.join(', ')} (sáp nhập một phần)` : ''}`,
    );
  if (f.compare && compare) parts.push(comparisonText(f.compare, compare));
  return parts.join('; ');
}

/** The human output of `rollup`: a table of the figures, then who answered "Không" and the texts. */
export function formatRollup(rollup: Rollup, names: UnitNames, compare?: Comparison): string[] {
  const asOf = rollup.as_of ? `, tính theo đơn vị có hiệu lực ngày ${rollup.as_of}` : '';
  const against = rollup.compare ? `, so sánh với ${periodLabel(rollup.compare.period)}` : '';
  const lines = [
    `Tổng hợp: ${names.named(rollup.unit)}, ${periodLabel(rollup.period)}${rollup.group ? `, nhóm ${rollup.group}` : ''}${asOf}${against}`,
    '',
  ];
  const rows = rollup.figures.map((f) => [label(f), value(f), `${f.reporting_units}/${f.expected_units}`, note(f, compare)]);
  const derived = rows.some((r) => r[3] !== '');
  lines.push(
    renderTable(
      ['Chỉ tiêu', 'Giá trị', 'Đơn vị báo cáo', ...(derived ? ['Ghi chú'] : [])],
      rows.map((r) => (derived ? r : r.slice(0, 3))),
      ['left', 'right', 'right', 'left'],
    ),
  );
  const no = rollup.figures.filter((f) => f.aggregation === 'share_true' && f.false_units.length > 0);
  if (no.length > 0) {
    lines.push('', 'Đơn vị trả lời "Không":');
    for (const f of no) lines.push(`  ${f.label}: ${f.false_units.map(names.name).join(', ')}`);
  }
  const marks = new Set(rollup.figures.flatMap((f) => (f.compare?.restated ? [f.compare.restated] : [])));
  if (marks.size > 0) lines.push('');
  for (const m of marks) lines.push(`${RESTATED_MARKS[m].mark}: ${RESTATED_MARKS[m].note}.`);
  for (const f of rollup.figures.filter((x) => x.aggregation === 'list' && (x.texts?.length ?? 0) > 0)) {
    lines.push('', `${f.label}:`);
    for (const t of f.texts ?? []) lines.push(`  ${names.name(t.unit)}: ${t.text}`);
  }
  return lines;
}

export default defineCommand({
  meta: { name: 'rollup', description: 'Số liệu tổng hợp của một đơn vị trong một kỳ' },
  args: {
    ...globalArgs,
    unit: { type: 'string', description: 'Mã đơn vị', required: true, valueHint: 'CODE' },
    period: { type: 'string', description: 'Kỳ báo cáo (2022S1, 2022, "6 tháng đầu năm 2022"...)', required: true, valueHint: 'P' },
    indicator: { type: 'string', description: 'Chỉ lấy chỉ tiêu này (có thể lặp lại)', valueHint: 'CODE' },
    group: { type: 'string', description: 'Chỉ tính các đơn vị thuộc nhóm này, ví dụ so_huu:tu_nhan', valueHint: 'KEY:VALUE' },
    'as-of': { type: 'string', description: 'Tính lại theo các đơn vị có hiệu lực vào ngày này (YYYY-MM-DD)', valueHint: 'DATE' },
    compare: {
      type: 'string',
      description: 'So sánh: previous-year (cùng kỳ) hoặc previous-period (kỳ trước)',
      valueHint: 'previous-year',
    },
  },
  async run({ args }) {
    const period = periodArg(args.period);
    const indicators = manyArg(args.indicator);
    const compare = args.compare as Comparison | undefined;
    if (compare !== undefined && !COMPARISONS.includes(compare))
      throw new UsageError(`--compare "${args.compare}" không hợp lệ (previous-year hoặc previous-period).`);
    await withBackend(args, async (b) => {
      const rollup = await b.rollup({
        unit: args.unit,
        period: period.code,
        indicators,
        ...(args.group ? { group: args.group } : {}),
        ...(args['as-of'] ? { asOf: args['as-of'] } : {}),
        ...(compare ? { compare } : {}),
      });
      b.out.data(rollup);
      if (!b.out.json) for (const line of formatRollup(rollup, unitNames(await b.units()), compare)) b.out.line(line);
      reportExit(EXIT.OK);
    });
  },
});
