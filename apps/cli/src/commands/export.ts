import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineCommand } from 'citty';
import { isExportRefusal, writeSummaryWorkbook } from '@tonghop/report-export';
import { withContext } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { globalArgs } from '../global-args';

/** `--json` output of spec §4 `export`. */
export interface ExportSummary {
  file: string;
  sheets: string[];
  bytes: number;
}

export default defineCommand({
  meta: { name: 'export', description: 'Xuất sổ Excel tổng hợp cho lãnh đạo (một đơn vị, một kỳ)' },
  args: {
    ...globalArgs,
    unit: { type: 'string', description: 'Mã đơn vị tổng hợp', required: true, valueHint: 'CODE' },
    period: { type: 'string', description: 'Kỳ báo cáo, ví dụ 2022S1, 2022, 2023Q1', required: true, valueHint: 'P' },
    out: { type: 'string', description: 'Tệp Excel sẽ ghi ra', required: true, valueHint: 'FILE.xlsx' },
  },
  async run({ args }) {
    const file = resolve(args.out);
    if (!/\.xlsx$/i.test(file)) throw new UsageError(`Tệp --out "${args.out}" phải có đuôi .xlsx.`);
    await withContext(args, async (ctx) => {
      // Written beside the target, then renamed: a failed export leaves no half-made file.
      const partial = `${file}.${process.pid}.partial`;
      const stream = createWriteStream(partial);
      try {
        const { sheets } = await writeSummaryWorkbook(ctx.warehouse, { unit: args.unit, period: args.period, clock: ctx.clock }, stream);
        await rename(partial, file);
        const summary: ExportSummary = { file, sheets, bytes: (await stat(file)).size };
        ctx.out.data(summary);
        ctx.out.line(
          `Đã xuất sổ tổng hợp của đơn vị ${args.unit}, kỳ ${args.period} ra tệp ${file} (${sheets.length} sheet: ${sheets.join(', ')}).`,
        );
        reportExit(EXIT.OK);
      } catch (error: unknown) {
        stream.destroy();
        await rm(partial, { force: true });
        if (!isExportRefusal(error)) throw error;
        process.stderr.write(`Lỗi: không xuất được tệp ${file}: ${error.message} [${error.code}]\n`);
        reportExit(EXIT.REFUSED);
      }
    });
  },
});
