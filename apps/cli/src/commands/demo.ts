import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCommand } from 'citty';
import type { IngestResult } from '@tonghop/ingest';
import { localBackend } from '../backend/local';
import { withContext, type CliContext } from '../context';
import { EXIT } from '../errors';
import { reportExit } from '../exit-code';
import { formatSummary } from '../format-result';
import { globalArgs } from '../global-args';
import { runIngest } from './ingest';
import { demoAdminToken } from './demo-admin';
import { startServer } from './serve';
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
  const backend = localBackend(ctx);
  for (const file of manifest.files) {
    results.push(...(await runIngest(backend, [join(DEMO_DIR, file.path)], new Date(file.received_at))));
  }
  return results;
}

/** Loads the demo units and files, runs the pipelines; returns the token of a fresh demo admin. */
async function loadDemo(ctx: CliContext): Promise<{ failed: boolean; token: string }> {
  ctx.out.line(`Cơ sở dữ liệu: ${ctx.warehouse.path}`);
  const units = await importUnitsFile(ctx, DEMO_UNITS);
  ctx.out.line(`Danh mục đơn vị mẫu: ${units.imported} đơn vị mới, ${units.updated} cập nhật, ${units.errors.length} lỗi.`);
  for (const e of units.errors) ctx.out.line(`    lỗi: ${e.message}`);
  const results = await ingestDemoFiles(ctx);
  if (results.length === 0) ctx.out.line(`Chưa có tệp báo cáo mẫu (${join(DEMO_DIR, 'manifest.json')}).`);
  else ctx.out.line(formatSummary(results));
  const run = await localBackend(ctx).runPipelines();
  ctx.out.line(
    run.status === 'success'
      ? `Đã chạy pipeline tổng hợp: ${run.models.length} mô hình trong ${Math.round(run.ms)} ms.`
      : `Lỗi: pipeline tổng hợp thất bại: ${run.error?.message ?? ''}`,
  );
  const token = await demoAdminToken(ctx);
  ctx.out.data({ units, submissions: results, run, admin_token: token });
  const failed = units.errors.length > 0 || results.some((r) => r.status === 'rejected') || run.status !== 'success';
  return { failed, token };
}

export default defineCommand({
  meta: { name: 'demo', description: 'Nạp dữ liệu mẫu (Lâm Đồng, Đam Rông), chạy pipeline và mở trang web' },
  args: {
    ...globalArgs,
    serve: {
      type: 'boolean',
      default: true,
      description: 'Mở máy chủ sau khi nạp',
      negativeDescription: 'Chỉ nạp dữ liệu, không mở máy chủ',
    },
    port: { type: 'string', description: 'Cổng (mặc định 8787, hoặc biến môi trường PORT)', valueHint: 'PORT' },
  },
  async run({ args }) {
    const { failed, token } = await withContext(args, loadDemo, 'Lệnh demo');
    reportExit(failed ? EXIT.REFUSED : EXIT.OK);
    if (!args.serve) return;
    const server = await startServer({ db: args.db, json: args.json, port: args.port, publicRead: true });
    process.stderr.write(
      `\nMở trang tổng hợp: ${server.url}/  (xem không cần đăng nhập)\n` +
        `Để tải tệp lên, đăng nhập bằng mã truy cập quản trị: ${token}\n`,
    );
    await new Promise<void>((resolve) => server.server.once('close', () => resolve()));
  },
});
