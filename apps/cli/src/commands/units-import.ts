import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { defineCommand } from 'citty';
import { clashesWithStored, parseUnitsCsvRows } from '@tonghop/core';
import { withContext, type CliContext } from '../context';
import { EXIT } from '../errors';
import { reportExit } from '../exit-code';
import { globalArgs } from '../global-args';

export interface UnitsImportSummary {
  imported: number;
  updated: number;
  errors: { line: number; message: string }[];
}

/** Reads a units CSV (UTF-8, BOM allowed) and imports it whole, or nothing when a line is wrong. */
export async function importUnitsFile(ctx: CliContext, file: string): Promise<UnitsImportSummary> {
  if (!existsSync(file)) return { imported: 0, updated: 0, errors: [{ line: 0, message: `tệp ${file}: không tìm thấy tệp` }] };
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  const { default: Papa } = await import('papaparse');
  // Empty lines are kept so that rows[i] stays physical line i + 1 (core skips blank rows).
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const errors = parsed.errors.map((e) => ({
    line: (e.row ?? 0) + 1,
    message: `tệp ${file}, dòng ${(e.row ?? 0) + 1}: CSV không hợp lệ (${e.message})`,
  }));
  const rows = parseUnitsCsvRows(parsed.data);
  errors.push(
    ...rows.errors.map((e) => ({
      line: e.line,
      message: /^tệp /u.test(e.message) ? e.message : `tệp ${file}, dòng ${e.line}: ${e.message}`,
    })),
  );
  const stored = await ctx.warehouse.listUnits();
  // A code may have several versions (spec §2): a line may not overlap a stored version it does not replace.
  errors.push(...clashesWithStored(rows, stored).map((e) => ({ line: e.line, message: `tệp ${file}, dòng ${e.line}: ${e.message}` })));
  if (rows.externalParents.length > 0) {
    const known = new Set(stored.map((u) => u.code));
    for (const parent of rows.externalParents.filter((p) => !known.has(p))) {
      const at = rows.units.findIndex((u) => u.parentCode === parent);
      const line = rows.lines[at] ?? 0;
      errors.push({
        line,
        message: `tệp ${file}, dòng ${line}: đơn vị cấp trên "${parent}" không có trong tệp cũng như trong cơ sở dữ liệu`,
      });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  if (errors.length > 0) return { imported: 0, updated: 0, errors };
  const { inserted, updated } = await ctx.warehouse.importUnits(rows.units, ctx.actor);
  return { imported: inserted, updated, errors: [] };
}

export default defineCommand({
  meta: { name: 'import', description: 'Nhập danh mục đơn vị từ tệp CSV (code,name,type,parent_code,groups,valid_from,valid_to)' },
  args: {
    ...globalArgs,
    file: { type: 'positional', description: 'Tệp CSV danh mục đơn vị', required: true, valueHint: 'FILE.csv' },
  },
  async run({ args }) {
    await withContext(
      args,
      async (ctx) => {
        const summary = await importUnitsFile(ctx, args.file);
        ctx.out.data(summary);
        if (summary.errors.length > 0) {
          ctx.out.line(`Không nhập tệp ${args.file}: ${summary.errors.length} lỗi, chưa có đơn vị nào được ghi.`);
          for (const e of summary.errors) ctx.out.line(`    lỗi: ${e.message}`);
          reportExit(EXIT.REFUSED);
          return;
        }
        ctx.out.line(`Đã nhập danh mục đơn vị từ ${args.file}: ${summary.imported} đơn vị mới, ${summary.updated} đơn vị cập nhật.`);
        reportExit(EXIT.OK);
      },
      'Lệnh units import',
    );
  },
});
