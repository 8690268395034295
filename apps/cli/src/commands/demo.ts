import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineCommand } from 'citty';
import { withContext } from '../context';
import { EXIT } from '../errors';
import { reportExit } from '../exit-code';
import { formatSummary } from '../format-result';
import { globalArgs } from '../global-args';
import { runIngest } from './ingest';
import { importUnitsFile } from './units-import';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));
export const DEMO_UNITS = `${FIXTURES}units/demo-units.csv`;
export const DEMO_FILES = `${FIXTURES}demo`;

export default defineCommand({
  meta: { name: 'demo', description: 'Nạp dữ liệu mẫu (đơn vị Lâm Đồng, Đam Rông và các tệp báo cáo mẫu)' },
  args: { ...globalArgs },
  async run({ args }) {
    await withContext(args, async (ctx) => {
      ctx.out.line(`Cơ sở dữ liệu: ${ctx.warehouse.path}`);
      const units = await importUnitsFile(ctx, DEMO_UNITS);
      ctx.out.line(`Danh mục đơn vị mẫu: ${units.imported} đơn vị mới, ${units.updated} cập nhật, ${units.errors.length} lỗi.`);
      for (const e of units.errors) ctx.out.line(`    lỗi: ${e.message}`);
      const results = existsSync(DEMO_FILES) ? await runIngest(ctx, [DEMO_FILES]) : [];
      if (results.length === 0) ctx.out.line(`Chưa có tệp báo cáo mẫu trong ${DEMO_FILES}.`);
      else ctx.out.line(formatSummary(results));
      ctx.out.data({ units, submissions: results });
      const failed = units.errors.length > 0 || results.some((r) => r.status === 'rejected');
      reportExit(failed ? EXIT.REFUSED : EXIT.OK);
    });
  },
});
