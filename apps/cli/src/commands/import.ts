import { defineCommand } from 'citty';
import { importParquet, isExchangeError, type ImportParquetResult } from '@tonghop/exchange';
import { withContext } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { globalArgs } from '../global-args';
import { manyArg } from '../period-arg';

/** One line of `import --json` per folder: the result, or the refusal. */
type ImportLine = (ImportParquetResult & { error: null }) | { dir: string; status: 'refused'; error: { code: string; message: string } };

export default defineCommand({
  meta: { name: 'import', description: 'Nhập bản xuất Parquet của các tỉnh khác (tonghop export --format parquet), giữ nguồn gốc' },
  args: {
    ...globalArgs,
    parquet: { type: 'string', description: 'Thư mục bản xuất Parquet (lặp lại được)', required: true, valueHint: 'DIR' },
  },
  async run({ args }) {
    // citty gives the first folder to --parquet, the others as positional arguments
    const dirs = [...manyArg(args.parquet), ...args._.map(String)];
    if (dirs.length === 0) throw new UsageError('Thiếu thư mục sau --parquet.');
    await withContext(args, async (ctx) => {
      const lines: ImportLine[] = [];
      for (const dir of dirs) {
        try {
          const r = await importParquet(ctx.warehouse, dir, { actor: ctx.actor, clock: ctx.clock });
          lines.push({ ...r, error: null });
          ctx.out.line(
            r.status === 'already_imported'
              ? `${r.dir}: bản xuất này của ${r.instance.name} (lúc ${r.exported_at}) đã được nhập trước đó; không nhập lại.`
              : `${r.dir}: đã nhập bản xuất của ${r.instance.name} (tỉnh ${r.provinces.join(', ')}, lúc ${r.exported_at}): ${r.units.new} đơn vị mới, ${r.units.updated} cập nhật, ${r.submissions.new} báo cáo mới (${r.submissions.known} đã có), ${r.facts} số liệu.`,
          );
        } catch (error: unknown) {
          if (!isExchangeError(error)) throw error;
          lines.push({ dir, status: 'refused', error: { code: error.code, message: error.message } });
          process.stderr.write(`Lỗi: ${error.message} [${error.code}]\n`);
          reportExit(EXIT.REFUSED);
        }
      }
      ctx.out.data(lines);
      if (lines.some((l) => l.status === 'imported')) ctx.out.line('Chạy "tonghop run" để tính lại số liệu tổng hợp.');
      reportExit(EXIT.OK);
    });
  },
});
