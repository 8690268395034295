import { defineCommand } from 'citty';
import { COMPARISONS, comparisonText, getIndicator, periodLabel, RESTATED_MARKS, resolveOption, type Comparison } from '@tonghop/core';
import { getRollup, type RollupFigure } from '@tonghop/figures';
import { withContext } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { formatNumber, formatPercent } from '../format-number';
import { globalArgs } from '../global-args';
import { manyArg, periodArg } from '../period-arg';

/** One human line: "Số lượt tiếp công dân: 65 lượt (9/27 đơn vị báo cáo)", then the comparison and the restatement. */
function describe(f: RollupFigure, compare?: Comparison): string {
  const ind = getIndicator(f.indicator);
  const option = f.option !== null && ind?.categorySet ? resolveOption(ind.categorySet, f.option) : undefined;
  const name = f.option === null ? f.label : `  - ${option?.label ?? f.option}`;
  const coverage = `${f.reporting_units}/${f.expected_units} đơn vị báo cáo`;
  let value: string;
  if (f.aggregation === 'ratio') value = `${formatPercent(f.value)} (${formatNumber(f.numerator)}/${formatNumber(f.denominator)})`;
  else if (f.aggregation === 'share_true')
    value = `${formatNumber(f.numerator)}/${formatNumber(f.denominator)} đơn vị "Có"${f.false_units.length > 0 ? `; "Không": ${f.false_units.join(', ')}` : ''}`;
  else if (f.aggregation === 'list') value = (f.texts ?? []).map((t) => `${t.unit}: ${t.text}`).join('; ') || '—';
  else value = `${formatNumber(f.value)}${ind?.unitLabel ? ` ${ind.unitLabel}` : ''}`;
  const restated = f.restated
    ? ` [tính lại theo đơn vị hiện nay${f.restated === 'partial' ? `, chưa gồm ${f.partial_predecessors.join(', ')} (sáp nhập một phần)` : ''}]`
    : '';
  const compared = f.compare && compare ? `; ${comparisonText(f.compare, compare)}` : '';
  return `${name}: ${value} (${coverage})${f.derived ? ' [suy ra từ các kỳ con]' : ''}${restated}${compared}`;
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
    await withContext(args, async (ctx) => {
      const rollup = await getRollup(ctx.warehouse, {
        unit: args.unit,
        period: period.code,
        ...(indicators.length > 0 ? { indicators } : {}),
        ...(args.group ? { group: args.group } : {}),
        ...(args['as-of'] ? { asOf: args['as-of'] } : {}),
        ...(compare ? { compare } : {}),
      });
      ctx.out.data(rollup);
      const asOf = rollup.as_of ? `, tính theo đơn vị có hiệu lực ngày ${rollup.as_of}` : '';
      const against = rollup.compare ? `, so sánh với ${periodLabel(rollup.compare.period)}` : '';
      ctx.out.line(
        `Tổng hợp đơn vị ${rollup.unit}, ${periodLabel(rollup.period)}${rollup.group ? `, nhóm ${rollup.group}` : ''}${asOf}${against}:`,
      );
      for (const f of rollup.figures) ctx.out.line(describe(f, compare));
      const marks = new Set(rollup.figures.flatMap((f) => (f.compare?.restated ? [f.compare.restated] : [])));
      for (const m of marks) ctx.out.line(`${RESTATED_MARKS[m].mark}: ${RESTATED_MARKS[m].note}.`);
      reportExit(EXIT.OK);
    });
  },
});
