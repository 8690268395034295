import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineCommand } from 'citty';
import { addUser } from '@tonghop/api';
import { runRollupPipeline } from '@tonghop/figures';
import type { IngestResult } from '@tonghop/ingest';
import { withContext, type CliContext } from '../context';
import { EXIT } from '../errors';
import { reportExit } from '../exit-code';
import { formatSummary } from '../format-result';
import { globalArgs } from '../global-args';
import { runIngest } from './ingest';
import { startServer } from './serve';
import { importUnitsFile } from './units-import';
import { developerLogger } from '../logger';

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

/** Loads the demo units and files, runs the pipelines; returns the token of a fresh demo admin. */
async function loadDemo(ctx: CliContext): Promise<{ failed: boolean; token: string }> {
  ctx.out.line(`Cơ sở dữ liệu: ${ctx.warehouse.path}`);
  const units = await importUnitsFile(ctx, DEMO_UNITS);
  ctx.out.line(`Danh mục đơn vị mẫu: ${units.imported} đơn vị mới, ${units.updated} cập nhật, ${units.errors.length} lỗi.`);
  for (const e of units.errors) ctx.out.line(`    lỗi: ${e.message}`);
  const results = await ingestDemoFiles(ctx);
  if (results.length === 0) ctx.out.line(`Chưa có tệp báo cáo mẫu (${join(DEMO_DIR, 'manifest.json')}).`);
  else ctx.out.line(formatSummary(results));
  const run = await runRollupPipeline(ctx.warehouse, { clock: ctx.clock, logger: developerLogger(ctx.logger) });
  ctx.out.line(
    run.status === 'success'
      ? `Đã chạy pipeline tổng hợp: ${run.models.length} mô hình trong ${Math.round(run.ms)} ms.`
      : `Lỗi: pipeline tổng hợp thất bại: ${run.error?.message ?? ''}`,
  );
  // The server holds the database while it runs, so `users add` cannot run beside it: the demo
  // makes an admin of its own each time and shows the token once (only its hash is stored).
  const admin = await addUser(ctx.warehouse, { name: 'Quản trị (demo)', role: 'admin' }, { actor: ctx.actor, clock: ctx.clock });
  ctx.out.data({ units, submissions: results, run, admin_token: admin.token });
  const failed = units.errors.length > 0 || results.some((r) => r.status === 'rejected') || run.status !== 'success';
  return { failed, token: admin.token };
}

export default defineCommand({
  meta: { name: 'demo', description: 'Nạp dữ liệu mẫu (Lâm Đồng, Đam Rông), chạy pipeline và mở trang web' },
  args: {
    ...globalArgs,
    serve: { type: 'boolean', default: true, description: 'Mở máy chủ sau khi nạp (tắt bằng --no-serve)' },
    port: { type: 'string', description: 'Cổng (mặc định 8787)', valueHint: 'PORT' },
  },
  async run({ args }) {
    const { failed, token } = await withContext(args, loadDemo);
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
