import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineCommand } from 'citty';
import { periodLabel } from '@tonghop/core';
import { withContext } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { globalArgs } from '../global-args';
import { periodArg } from '../period-arg';

/** `--json` output of spec §4 `report`. */
export interface ReportSummary {
  file: string;
  unit: string;
  period: string;
  has_data: boolean;
  footnotes: number;
  sources: number;
  bytes: number;
}

export default defineCommand({
  meta: { name: 'report', description: 'Viết dự thảo báo cáo Word kết quả thực hiện dân chủ ở cơ sở (một đơn vị, một kỳ)' },
  args: {
    ...globalArgs,
    unit: { type: 'string', description: 'Mã đơn vị báo cáo (huyện, tỉnh, xã)', required: true, valueHint: 'CODE' },
    period: { type: 'string', description: 'Kỳ báo cáo (2022S1, 2022, "6 tháng đầu năm 2022"...)', required: true, valueHint: 'P' },
    out: { type: 'string', description: 'Tệp Word sẽ ghi ra', required: true, valueHint: 'FILE.docx' },
  },
  async run({ args }) {
    const file = resolve(args.out);
    if (!/\.docx$/i.test(file)) throw new UsageError(`Tệp --out "${args.out}" phải có đuôi .docx.`);
    const period = periodArg(args.period);
    await withContext(args, async (ctx) => {
      // Built in memory first: a refusal (unknown unit, pipeline not run) writes nothing.
      // Loaded when the command runs, not for `tonghop --help` (apps/cli/README.md, light command files).
      const { buildReportDocx } = await import('@tonghop/report-docx');
      const { bytes, info } = await buildReportDocx(ctx.warehouse, { unit: args.unit, period: period.code, clock: ctx.clock });
      const partial = `${file}.${process.pid}.partial`;
      try {
        await writeFile(partial, bytes);
        await rename(partial, file);
      } finally {
        await rm(partial, { force: true });
      }
      const summary: ReportSummary = {
        file,
        unit: info.unit,
        period: info.period,
        has_data: info.hasData,
        footnotes: info.footnotes,
        sources: info.sources,
        bytes: bytes.length,
      };
      ctx.out.data(summary);
      ctx.out.line(
        info.hasData
          ? `Đã viết dự thảo báo cáo của đơn vị ${info.unit}, ${periodLabel(info.period)} ra tệp ${file} (${info.sources} báo cáo nguồn).`
          : `Đơn vị ${info.unit} chưa có số liệu ${periodLabel(info.period)}: đã viết báo cáo ngắn ra tệp ${file}.`,
      );
      reportExit(EXIT.OK);
    });
  },
});
