import { defineCommand } from 'citty';
import { runRollupPipeline } from '@tonghop/figures';
import { withContext } from '../context';
import { developerLogger } from '../logger';
import { EXIT } from '../errors';
import { reportExit } from '../exit-code';
import { globalArgs } from '../global-args';

export default defineCommand({
  meta: { name: 'run', description: 'Chạy các pipeline tổng hợp (roll-up, đầy đủ, đúng hạn)' },
  args: { ...globalArgs },
  async run({ args }) {
    await withContext(args, async (ctx) => {
      const result = await runRollupPipeline(ctx.warehouse, { clock: ctx.clock, logger: developerLogger(ctx.logger) });
      ctx.out.data([result]);
      for (const m of result.models) ctx.out.line(`  ${m.model.padEnd(32)} ${String(m.ms).padStart(6)} ms  ${m.status}`);
      if (result.status === 'success') {
        ctx.out.line(`Đã chạy pipeline ${result.pipeline}: ${result.models.length} mô hình trong ${result.ms} ms.`);
        reportExit(EXIT.OK);
      } else {
        process.stderr.write(
          `Lỗi: pipeline ${result.pipeline} thất bại${result.error?.model ? ` ở mô hình ${result.error.model}` : ''}: ${result.error?.message ?? ''}\n`,
        );
        reportExit(EXIT.REFUSED);
      }
    });
  },
});
