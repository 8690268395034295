import { defineCommand } from 'citty';
import { getIndicator, periodLabel, resolveOption } from '@tonghop/core';
import { getRollup, type RollupFigure } from '@tonghop/figures';
import { withContext } from '../context';
import { EXIT } from '../errors';
import { reportExit } from '../exit-code';
import { formatNumber, formatPercent } from '../format-number';
import { globalArgs } from '../global-args';
import { manyArg, periodArg } from '../period-arg';

/** One human line: "Số lượt tiếp công dân: 65 lượt (9/27 đơn vị báo cáo)". */
function describe(f: RollupFigure): string {
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
  return `${name}: ${value} (${coverage})${f.derived ? ' [suy ra từ các kỳ con]' : ''}`;
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
    await withContext(args, async (ctx) => {
      const rollup = await getRollup(ctx.warehouse, {
        unit: args.unit,
        period: period.code,
        ...(indicators.length > 0 ? { indicators } : {}),
        ...(args.group ? { group: args.group } : {}),
      });
      ctx.out.data(rollup);
      ctx.out.line(`Tổng hợp đơn vị ${rollup.unit}, ${periodLabel(rollup.period)}${rollup.group ? `, nhóm ${rollup.group}` : ''}:`);
      for (const f of rollup.figures) ctx.out.line(describe(f));
      reportExit(EXIT.OK);
    });
  },
});
