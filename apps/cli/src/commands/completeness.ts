import { defineCommand } from 'citty';
import { parseFormCode, periodLabel } from '@tonghop/core';
import type { Completeness } from '@tonghop/figures';
import { withBackend } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { deadlineDay } from '../format-date';
import { globalArgs } from '../global-args';
import { periodArg } from '../period-arg';
import { renderTable } from '../table';
import { unitNames, type UnitNames } from '../unit-names';

/** The human output of `completeness`: a summary line, then tables of the missing and late units. */
export function formatCompleteness(c: Completeness, names: UnitNames): string[] {
  const lines = [
    `Biểu ${c.form}, ${names.named(c.unit)}, ${periodLabel(c.period)}: ${c.submitted}/${c.expected} đơn vị đã báo cáo ` +
      `(${c.on_time} đúng hạn, ${c.late} nộp muộn); hạn nộp ${deadlineDay(c.deadline)}.`,
  ];
  const rejected = new Set(c.rejected_only);
  const table = (title: string, codes: readonly string[]) => {
    if (codes.length === 0) return;
    const rows = codes.map((code) => [names.name(code), code, names.parent(code), rejected.has(code) ? 'chỉ có bản bị từ chối' : '']);
    const note = rows.some((r) => r[3] !== '');
    lines.push(
      '',
      `${title} (${codes.length}):`,
      renderTable(['Đơn vị', 'Mã', 'Thuộc', ...(note ? ['Ghi chú'] : [])], note ? rows : rows.map((r) => r.slice(0, 3))),
    );
  };
  table('Chưa báo cáo', c.missing);
  table('Nộp muộn', c.late_units);
  return lines;
}

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
    await withBackend(args, async (b) => {
      const c = await b.completeness({ unit: args.unit, period: period.code, form });
      b.out.data(c);
      if (!b.out.json) for (const line of formatCompleteness(c, unitNames(await b.units()))) b.out.line(line);
      reportExit(EXIT.OK);
    });
  },
});
