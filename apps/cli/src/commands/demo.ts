import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCommand } from 'citty';
import type { IngestResult } from '@tonghop/ingest';
import { withContext, type CliContext } from '../context';
import { EXIT } from '../errors';
import { reportExit } from '../exit-code';
import { formatSummary } from '../format-result';
import { globalArgs } from '../global-args';
import { runIngest } from './ingest';
import { importUnitsFile } from './units-import';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));
export const DEMO_UNITS = join(FIXTURES, 'units/demo-units.csv');
export const DEMO_DIR = join(FIXTURES, 'demo');

/** fixtures/demo/manifest.json: the demo files in ingest order, with when each was received. */
interface DemoManifest {
  files: { path: string; received_at: string; uploaded_by?: string }[];
}

/** Ingests the demo files of the manifest, each with its own received_at (timeliness depends on it). */
async function ingestDemoFiles(ctx: CliContext): Promise<IngestResult[]> {
  const manifestPath = join(DEMO_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as DemoManifest;
  const results: IngestResult[] = [];
  for (const file of manifest.files) {
    const receivedAt = new Date(file.received_at);
    results.push(...(await runIngest(ctx, [join(DEMO_DIR, file.path)], () => receivedAt)));
  }
  return results;
}

export default defineCommand({
  meta: { name: 'demo', description: 'Nạp dữ liệu mẫu (đơn vị Lâm Đồng, Đam Rông và các tệp báo cáo mẫu)' },
  args: { ...globalArgs },
  async run({ args }) {
    await withContext(args, async (ctx) => {
      ctx.out.line(`Cơ sở dữ liệu: ${ctx.warehouse.path}`);
      const units = await importUnitsFile(ctx, DEMO_UNITS);
      ctx.out.line(`Danh mục đơn vị mẫu: ${units.imported} đơn vị mới, ${units.updated} cập nhật, ${units.errors.length} lỗi.`);
      for (const e of units.errors) ctx.out.line(`    lỗi: ${e.message}`);
      const results = await ingestDemoFiles(ctx);
      if (results.length === 0) ctx.out.line(`Chưa có tệp báo cáo mẫu (${join(DEMO_DIR, 'manifest.json')}).`);
      else ctx.out.line(formatSummary(results));
      ctx.out.data({ units, submissions: results });
      const failed = units.errors.length > 0 || results.some((r) => r.status === 'rejected');
      reportExit(failed ? EXIT.REFUSED : EXIT.OK);
    });
  },
});
