import { defineCommand } from 'citty';
import type { IngestResult } from '@tonghop/ingest';
import type { Backend } from '../backend/types';
import { withBackend } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { formatResult, formatSummary } from '../format-result';
import { globalArgs } from '../global-args';
import { unitNames } from '../unit-names';

/** Ingests paths and prints each result as it comes; returns them (the demo command reuses this). */
export async function runIngest(b: Backend, paths: readonly string[], receivedAt: Date | null = null): Promise<IngestResult[]> {
  const names = b.out.json ? unitNames([]) : unitNames(await b.units());
  return b.ingest(paths, {
    receivedAt,
    onResult: (r) => {
      for (const line of formatResult(r, names)) b.out.line(line);
    },
  });
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
    await withBackend(args, async (b) => {
      const results = await runIngest(b, paths, receivedAt);
      b.out.line(formatSummary(results));
      b.out.data(results);
      reportExit(results.some((r) => r.status === 'rejected') ? EXIT.REFUSED : EXIT.OK);
    });
  },
});
