import { defineCommand } from 'citty';
import { getIndicator, periodLabel, resolveOption } from '@tonghop/core';
import type { Rollup, RollupFigure } from '@tonghop/figures';
import { withBackend } from '../context';
import { EXIT } from '../errors';
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

/** The human output of `rollup`: a table of the figures, then who answered "Không" and the texts. */
export function formatRollup(rollup: Rollup, names: UnitNames): string[] {
  const lines = [`Tổng hợp: ${names.named(rollup.unit)}, ${periodLabel(rollup.period)}${rollup.group ? `, nhóm ${rollup.group}` : ''}`, ''];
  const rows = rollup.figures.map((f) => [
    label(f),
    value(f),
    `${f.reporting_units}/${f.expected_units}`,
    f.derived ? 'suy ra từ các kỳ con' : '',
  ]);
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
  },
  async run({ args }) {
    const period = periodArg(args.period);
    const indicators = manyArg(args.indicator);
    await withBackend(args, async (b) => {
      const rollup = await b.rollup({ unit: args.unit, period: period.code, indicators, ...(args.group ? { group: args.group } : {}) });
      b.out.data(rollup);
      if (!b.out.json) for (const line of formatRollup(rollup, unitNames(await b.units()))) b.out.line(line);
      reportExit(EXIT.OK);
    });
  },
});
