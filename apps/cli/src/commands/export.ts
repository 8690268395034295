import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineCommand } from 'citty';
import { periodLabel, TonghopError } from '@tonghop/core';
import { withBackend } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { globalArgs } from '../global-args';
import { periodArg } from '../period-arg';
import { unitNames } from '../unit-names';
import { exportParquetCommand } from './export-parquet';

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
    unit: { type: 'string', description: 'Mã đơn vị tổng hợp', valueHint: 'CODE' },
    period: { type: 'string', description: 'Kỳ báo cáo, ví dụ 2022S1, 2022, 2023Q1', valueHint: 'P' },
    out: { type: 'string', description: 'Tệp Excel sẽ ghi ra (với --format parquet: thư mục)', required: true, valueHint: 'FILE.xlsx|DIR' },
    format: {
      type: 'string',
      description: 'xlsx (mặc định: sổ tổng hợp) hoặc parquet (dữ liệu cho nhà phân tích, §9)',
      valueHint: 'xlsx|parquet',
    },
  },
  async run({ args }) {
    if (args.format === 'parquet') return exportParquetCommand(args);
    if (args.format !== undefined && args.format !== 'xlsx')
      throw new UsageError(`--format "${args.format}" không hợp lệ (xlsx hoặc parquet).`);
    if (!args.unit) throw new UsageError('Thiếu tùy chọn bắt buộc --unit.');
    if (!args.period) throw new UsageError('Thiếu tùy chọn bắt buộc --period.');
    const unit = args.unit;
    const file = resolve(args.out);
    if (!/\.xlsx$/i.test(file)) throw new UsageError(`Tệp --out "${args.out}" phải có đuôi .xlsx.`);
    const period = periodArg(args.period);
    await withBackend(args, async (b) => {
      // Written beside the target, then renamed: a failed export leaves no half-made file.
      const partial = `${file}.${process.pid}.partial`;
      const stream = createWriteStream(partial);
      try {
        const { sheets } = await b.exportSummary({ unit, period: period.code }, stream);
        await rename(partial, file);
        const summary: ExportSummary = { file, sheets, bytes: (await stat(file)).size };
        b.out.data(summary);
        if (!b.out.json) {
          const names = unitNames(await b.units());
          b.out.line(`Đã xuất sổ tổng hợp của ${names.named(unit)}, ${periodLabel(period.code)} ra tệp ${file}`);
          b.out.line(`${sheets.length} trang tính: ${sheets.join(', ')}.`);
        }
        reportExit(EXIT.OK);
      } catch (error: unknown) {
        stream.destroy();
        await rm(partial, { force: true });
        // A refusal (no such unit, figures not run yet; from the database or the server) is exit 1.
        if (!(error instanceof TonghopError)) throw error;
        process.stderr.write(`Lỗi: không xuất được tệp ${file}: ${error.message} [${error.code}]\n`);
        reportExit(EXIT.REFUSED);
      }
    });
  },
});
