import { defineCommand } from 'citty';
import { createRegistry, defaultPlugins, ingestPaths, type IngestResult } from '@tonghop/ingest';
import { withContext, type CliContext } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { formatResult, formatSummary } from '../format-result';
import { globalArgs } from '../global-args';
import { createProgress } from '../progress';

/** Ingests paths and prints the results; returns them (the demo command reuses this). */
export async function runIngest(ctx: CliContext, paths: readonly string[]): Promise<IngestResult[]> {
  const progress = createProgress(ctx.interactive);
  const results: IngestResult[] = [];
  try {
    const stream = ingestPaths(paths, {
      warehouse: ctx.warehouse, plugins: createRegistry(defaultPlugins()), actor: ctx.actor, clock: ctx.clock,
      onProgress: progress.onProgress,
    });
    for await (const r of stream) {
      results.push(r);
      if (!ctx.interactive) for (const line of formatResult(r)) ctx.out.line(line);
    }
  } finally {
    progress.stop();
  }
  if (ctx.interactive) for (const r of results) for (const line of formatResult(r)) ctx.out.line(line);
  return results;
}

export default defineCommand({
  meta: { name: 'ingest', description: 'Nạp tệp báo cáo (CSV, Excel) hoặc thư mục vào cơ sở dữ liệu' },
  args: {
    ...globalArgs,
    path: { type: 'positional', description: 'Tệp hoặc thư mục (một hoặc nhiều)', required: true, valueHint: 'PATH...' },
  },
  async run({ args }) {
    const paths = args._.filter((p) => p !== '');
    if (paths.length === 0) throw new UsageError('Thiếu tham số PATH: hãy chỉ ra ít nhất một tệp hoặc thư mục.');
    await withContext(args, async (ctx) => {
      const results = await runIngest(ctx, paths);
      ctx.out.line(formatSummary(results));
      ctx.out.data(results);
      reportExit(results.some((r) => r.status === 'rejected') ? EXIT.REFUSED : EXIT.OK);
    });
  },
});
