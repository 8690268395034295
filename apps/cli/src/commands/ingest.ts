import { defineCommand } from 'citty';
import { createRegistry, defaultPlugins, ingestPaths, type IngestResult } from '@tonghop/ingest';
import { withContext, type CliContext } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { formatResult, formatSummary } from '../format-result';
import { globalArgs } from '../global-args';
import { createProgress } from '../progress';

/** Ingests paths and prints the results; returns them (the demo command reuses this). */
export async function runIngest(ctx: CliContext, paths: readonly string[], clock: () => Date = ctx.clock): Promise<IngestResult[]> {
  const progress = createProgress(ctx.interactive);
  const results: IngestResult[] = [];
  try {
    const stream = ingestPaths(paths, {
      warehouse: ctx.warehouse,
      plugins: createRegistry(defaultPlugins()),
      actor: ctx.actor,
      clock,
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

function parseReceivedAt(text: string | undefined): Date | null {
  if (text === undefined || text === '') return null;
  const date = /^\d{4}-\d{2}-\d{2}/.test(text) ? new Date(text) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`--received-at "${text}" không phải thời điểm ISO 8601 (ví dụ 2022-07-05T09:00:00+07:00).`);
  return date;
}

export default defineCommand({
  meta: { name: 'ingest', description: 'Nạp tệp báo cáo (CSV, Excel) hoặc thư mục vào cơ sở dữ liệu' },
  args: {
    ...globalArgs,
    'received-at': {
      type: 'string',
      description: 'Thời điểm nhận báo cáo (ISO 8601, ví dụ 2022-07-05T09:00:00+07:00); mặc định: bây giờ',
      valueHint: 'ISO',
    },
    path: { type: 'positional', description: 'Tệp hoặc thư mục (một hoặc nhiều)', required: true, valueHint: 'PATH...' },
  },
  async run({ args }) {
    const paths = args._.filter((p) => p !== '');
    if (paths.length === 0) throw new UsageError('Thiếu tham số PATH: hãy chỉ ra ít nhất một tệp hoặc thư mục.');
    const receivedAt = parseReceivedAt(args['received-at']);
    await withContext(args, async (ctx) => {
      const results = await runIngest(ctx, paths, receivedAt ? () => receivedAt : ctx.clock);
      ctx.out.line(formatSummary(results));
      ctx.out.data(results);
      reportExit(results.some((r) => r.status === 'rejected') ? EXIT.REFUSED : EXIT.OK);
    });
  },
});
