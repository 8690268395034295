import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { defineCommand } from 'citty';
import Papa from 'papaparse';
import { checkCrosswalkLinks, DEFAULT_EFFECTIVE_DATE, parseCrosswalkRows } from '@tonghop/core';
import { withContext, type CliContext } from '../context';
import { EXIT, UsageError } from '../errors';
import { reportExit } from '../exit-code';
import { globalArgs } from '../global-args';

export interface CrosswalkSummary {
  effective: string;
  imported: number;
  updated: number;
  full: number;
  partial: number;
  errors: { line: number; message: string }[];
}

function isIsoDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Reads a crosswalk CSV (spec §6), checks every line against the unit versions, imports it whole or nothing. */
export async function importCrosswalkFile(ctx: CliContext, file: string, effective: string): Promise<CrosswalkSummary> {
  const empty = { effective, imported: 0, updated: 0, full: 0, partial: 0 };
  if (!existsSync(file)) return { ...empty, errors: [{ line: 0, message: `tệp ${file}: không tìm thấy tệp` }] };
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  // Empty lines are kept so that rows[i] stays physical line i + 1 (blank rows are skipped by core).
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const at = (line: number, message: string) => ({ line, message: `tệp ${file}, dòng ${line}: ${message}` });
  const errors = parsed.errors.map((e) => at((e.row ?? 0) + 1, `CSV không hợp lệ (${e.message})`));
  const rows = parseCrosswalkRows(parsed.data);
  errors.push(...rows.errors.map((e) => at(e.line, e.message)));
  if (rows.errors.every((e) => e.line !== 1)) {
    errors.push(...checkCrosswalkLinks(rows.links, await ctx.warehouse.listUnits(), effective).map((e) => at(e.line, e.message)));
  }
  errors.sort((a, b) => a.line - b.line);
  if (errors.length > 0) return { ...empty, errors };
  const { inserted, updated } = await ctx.warehouse.importCrosswalk(rows.links, effective, ctx.actor);
  const full = rows.links.filter((l) => l.link === 'full').length;
  return { effective, imported: inserted, updated, full, partial: rows.links.length - full, errors: [] };
}

export default defineCommand({
  meta: {
    name: 'crosswalk',
    description: 'Nhập bảng chuyển đổi đơn vị cũ → mới (level,old_code,old_name,new_code,new_name,link)',
  },
  args: {
    ...globalArgs,
    file: { type: 'positional', description: 'Tệp CSV bảng chuyển đổi', required: true, valueHint: 'FILE.csv' },
    effective: {
      type: 'string',
      description: `Ngày có hiệu lực của việc sắp xếp (mặc định ${DEFAULT_EFFECTIVE_DATE})`,
      valueHint: 'YYYY-MM-DD',
    },
  },
  async run({ args }) {
    const effective = args.effective ?? DEFAULT_EFFECTIVE_DATE;
    if (!isIsoDate(effective))
      throw new UsageError(`Ngày --effective "${effective}" không hợp lệ (cần dạng YYYY-MM-DD, ví dụ 2025-07-01).`);
    await withContext(args, async (ctx) => {
      const summary = await importCrosswalkFile(ctx, args.file, effective);
      ctx.out.data(summary);
      if (summary.errors.length > 0) {
        ctx.out.line(`Không nhập tệp ${args.file}: ${summary.errors.length} lỗi, chưa có liên kết nào được ghi.`);
        for (const e of summary.errors) ctx.out.line(`    lỗi: ${e.message}`);
        reportExit(EXIT.REFUSED);
        return;
      }
      ctx.out.line(
        `Đã nhập bảng chuyển đổi từ ${args.file}, hiệu lực ${effective}: ${summary.imported + summary.updated} liên kết ` +
          `(${summary.full} toàn bộ, ${summary.partial} một phần; ${summary.imported} mới, ${summary.updated} cập nhật).`,
      );
      reportExit(EXIT.OK);
    });
  },
});
