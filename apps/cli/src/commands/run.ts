import { defineCommand } from 'citty';
import { withBackend } from '../context';
import { EXIT } from '../errors';
import { reportExit } from '../exit-code';
import { globalArgs } from '../global-args';
import { renderTable } from '../table';

const STATUS = { ok: 'xong', failed: 'lỗi', skipped: 'giữ nguyên' } as const;

export default defineCommand({
  meta: { name: 'run', description: 'Chạy các pipeline tổng hợp (roll-up, đầy đủ, đúng hạn)' },
  args: { ...globalArgs },
  async run({ args }) {
    await withBackend(args, async (b) => {
      const result = await b.runPipelines();
      b.out.data([result]);
      b.out.line(
        renderTable(
          ['Mô hình', 'Thời gian', 'Kết quả'],
          result.models.map((m) => [m.model, `${m.ms} ms`, STATUS[m.status]]),
          ['left', 'right', 'left'],
        ),
      );
      if (result.status === 'success') {
        b.out.line(`Đã chạy pipeline ${result.pipeline}: ${result.models.length} mô hình trong ${result.ms} ms.`);
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
