import { defineCommand } from 'citty';
import { parseFormCode, periodLabel } from '@tonghop/core';
import { getCompleteness } from '@tonghop/figures';
import { withContext } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { globalArgs } from '../global-args';
import { periodArg } from '../period-arg';

export default defineCommand({
  meta: { name: 'completeness', description: 'Tính đầy đủ và đúng hạn: ai chưa báo cáo, ai nộp muộn' },
  args: {
    ...globalArgs,
    unit: { type: 'string', description: 'Mã đơn vị cấp trên', required: true, valueHint: 'CODE' },
    period: { type: 'string', description: 'Kỳ báo cáo', required: true, valueHint: 'P' },
    form: { type: 'string', description: 'Biểu mẫu: XA, CQ, DN hoặc MT', required: true, valueHint: 'F' },
  },
  async run({ args }) {
    const period = periodArg(args.period);
    const form = parseFormCode(args.form);
    if (!form) throw new UsageError(`Biểu mẫu "${args.form}" không hợp lệ (XA, CQ, DN hoặc MT).`);
    await withContext(args, async (ctx) => {
      const c = await getCompleteness(ctx.warehouse, { unit: args.unit, period: period.code, form });
      ctx.out.data(c);
      ctx.out.line(
        `Biểu ${c.form}, đơn vị ${c.unit}, ${periodLabel(c.period)}: ${c.submitted}/${c.expected} đơn vị đã báo cáo (${c.on_time} đúng hạn, ${c.late} nộp muộn; hạn nộp ${c.deadline}).`,
      );
      if (c.missing.length > 0) ctx.out.line(`Chưa báo cáo: ${c.missing.join(', ')}`);
      if (c.late_units.length > 0) ctx.out.line(`Nộp muộn: ${c.late_units.join(', ')}`);
      reportExit(EXIT.OK);
    });
  },
});
