import { exportParquet, isExchangeError } from '@tonghop/exchange';
import { withContext } from '../context';
import { EXIT } from '../errors';
import { reportExit } from '../exit-code';
import type { GlobalArgs } from '../global-args';
import { periodArg } from '../period-arg';

/** `tonghop export --format parquet --out DIR [--unit CODE] [--period P]` (spec §9); `--json` prints the manifest. */
export async function exportParquetCommand(args: GlobalArgs & { out: string; unit?: string | undefined; period?: string | undefined }) {
  const period = args.period ? periodArg(args.period).code : null;
  await withContext(args, async (ctx) => {
    try {
      const { dir, manifest } = await exportParquet(ctx.warehouse, { out: args.out, unit: args.unit ?? null, period, clock: ctx.clock });
      ctx.out.data({ dir, ...manifest });
      const c = manifest.counts;
      ctx.out.line(
        `Đã xuất dữ liệu ra thư mục ${dir}: ${c.units ?? 0} đơn vị, ${c.submissions ?? 0} báo cáo (mọi phiên bản), ${c.facts ?? 0} số liệu, ${c.figures ?? 0} chỉ tiêu tổng hợp (Parquet, chia theo tỉnh và kỳ).`,
      );
      for (const note of manifest.notes) ctx.out.line(`Lưu ý: ${note}`);
      reportExit(EXIT.OK);
    } catch (error: unknown) {
      if (!isExchangeError(error)) throw error;
      process.stderr.write(`Lỗi: ${error.message} [${error.code}]\n`);
      reportExit(EXIT.REFUSED);
    }
  });
}
