import { FiguresError } from './errors';
import type { PeriodKind, ReadDb } from './types';

/** Throws FIGURES_NOT_RUN when the roll-up pipeline has not been run on this database. */
export async function assertPipelineRun(db: ReadDb): Promise<void> {
  const rows = await db.query<{ n: number }>(
    `select count(*)::integer as n from duckdb_functions() where schema_name = 'rollup' and function_name = 'rollup_figures'`,
  );
  if ((rows[0]?.n ?? 0) === 0) {
    throw new FiguresError('FIGURES_NOT_RUN', 'Chưa chạy quy trình tổng hợp: hãy chạy "tonghop run" trước.');
  }
}

export async function assertUnit(db: ReadDb, unit: string): Promise<void> {
  const rows = await db.query(`select code from main.units where code = $1`, [unit]);
  if (rows.length === 0) throw new FiguresError('UNIT_NOT_FOUND', `Không tìm thấy đơn vị có mã "${unit}".`);
}

/** The kind and last day (ISO) of a period code, or PERIOD_INVALID. */
export async function periodBounds(db: ReadDb, period: string): Promise<{ kind: PeriodKind; end: string }> {
  const rows = await db.query<{ kind: string | null; end_date: string | null }>(
    `select b.kind as kind, strftime(b.end_date, '%Y-%m-%d') as end_date from (select rollup.period_bounds($1) as b)`,
    [period],
  );
  const row = rows[0];
  if (row?.kind == null || row.end_date == null) {
    throw new FiguresError(
      'PERIOD_INVALID',
      `Kỳ báo cáo "${period}" không hợp lệ (ví dụ: 2022, 2022S1, 2022Q3, 2022-03, 2022N9, 2017/2022).`,
    );
  }
  return { kind: row.kind as PeriodKind, end: row.end_date };
}

export function assertGroup(group: string): void {
  if (!/^[^:\s]+:[^:\s]+$/.test(group)) {
    throw new FiguresError('GROUP_INVALID', `Nhóm đơn vị "${group}" phải có dạng khóa:giá_trị, ví dụ so_huu:tu_nhan.`);
  }
}
