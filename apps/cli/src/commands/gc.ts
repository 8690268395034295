import { defineCommand } from 'citty';
import { withContext } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { globalArgs } from '../global-args';

/**
 * `tonghop gc`: removes original files the database does not reference (left by a kill between
 * copying a file and committing it) and half-written copies. Safe: the CLI holds the database
 * file, so no server (and no write) runs meanwhile; files younger than --min-age are spared anyway.
 */
export default defineCommand({
  meta: {
    name: 'gc',
    description: 'Dọn kho tệp gốc: xóa các tệp không còn báo cáo nào tham chiếu (để lại sau khi tiến trình bị dừng đột ngột)',
  },
  args: {
    ...globalArgs,
    'min-age': { type: 'string', description: 'Chỉ xóa tệp cũ hơn số phút này (mặc định 10)', valueHint: 'MINUTES' },
    'dry-run': { type: 'boolean', description: 'Chỉ đếm, không xóa' },
  },
  async run({ args }) {
    const minutes = args['min-age'] === undefined ? 10 : Number(args['min-age']);
    if (!/^\d+$/.test(String(args['min-age'] ?? '10')) || !Number.isSafeInteger(minutes)) {
      throw new UsageError(`--min-age "${String(args['min-age'])}" không hợp lệ: cần số phút (số nguyên không âm).`);
    }
    await withContext(args, async (ctx) => {
      // Loaded when the command runs: the warehouse pulls DuckDB, which `tonghop --help` must not load.
      const { sweepBlobs } = await import('@tonghop/warehouse');
      const r = await sweepBlobs(ctx.warehouse, ctx.warehouse.blobs, {
        minAgeMs: minutes * 60_000,
        now: ctx.clock,
        dryRun: args['dry-run'] === true,
      });
      if (!args['dry-run'] && r.orphans + r.temps > 0) {
        await ctx.warehouse.audit({ actor: ctx.actor, action: 'blobs.gc', detail: r });
      }
      ctx.out.data(r);
      const verb = args['dry-run'] ? 'Sẽ xóa' : 'Đã xóa';
      ctx.out.line(
        `${verb} ${r.orphans} tệp gốc không còn được tham chiếu và ${r.temps} tệp tạm (${r.bytes.toLocaleString('vi-VN')} byte); giữ lại ${r.kept} tệp mới hơn ${minutes} phút.`,
      );
      reportExit(EXIT.OK);
    });
  },
});
