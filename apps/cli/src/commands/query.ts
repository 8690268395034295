import { defineCommand } from 'citty';
import { isQueryError, QUERY_FORMATS, runReadOnlyQuery, toCsv, toRowObjects, toTable, type QueryFormat } from '@tonghop/query';
import { withContext } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { globalArgs } from '../global-args';

export default defineCommand({
  meta: { name: 'query', description: 'Chạy một câu lệnh SQL chỉ đọc (SELECT) trên dữ liệu và các mô hình pipeline' },
  args: {
    ...globalArgs,
    sql: { type: 'positional', description: 'Câu lệnh SELECT, trong dấu nháy', required: true, valueHint: 'SQL' },
    format: { type: 'string', description: 'Cách in kết quả: table (mặc định), csv hoặc json', valueHint: 'table|csv|json' },
  },
  async run({ args }) {
    const format = (args.json === true ? 'json' : (args.format ?? 'table')) as QueryFormat;
    if (!QUERY_FORMATS.includes(format)) throw new UsageError(`--format "${args.format}" không hợp lệ (table, csv hoặc json).`);
    await withContext(args, async (ctx) => {
      try {
        const result = await runReadOnlyQuery(ctx.warehouse, args.sql);
        const text =
          format === 'json' ? `${JSON.stringify(toRowObjects(result), null, 2)}\n` : format === 'csv' ? toCsv(result) : toTable(result);
        process.stdout.write(text);
        reportExit(EXIT.OK);
      } catch (error: unknown) {
        if (!isQueryError(error)) throw error;
        process.stderr.write(`Lỗi: ${error.message} [${error.code}]\n`);
        reportExit(EXIT.REFUSED);
      }
    });
  },
});
