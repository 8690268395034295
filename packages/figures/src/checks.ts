import { PERIOD_CODE_EXAMPLES, periodFromCode, type Period } from '@tonghop/core';
import { FiguresError } from './errors';
import { ROLLUP_SCHEMA, rollupModels } from './models';
import type { ReadDb } from './types';

/** Throws FIGURES_NOT_RUN when the roll-up pipeline has not been run on this database. */
export async function assertPipelineRun(db: ReadDb): Promise<void> {
  const rows = await db.query<{ n: number }>(
    `select count(*)::integer as n from duckdb_functions() where schema_name = $1 and function_name = $2`,
    [ROLLUP_SCHEMA, rollupModels.figures.name],
  );
  if ((rows[0]?.n ?? 0) === 0) {
    throw new FiguresError('FIGURES_NOT_RUN', 'Chưa chạy quy trình tổng hợp: hãy chạy "tonghop run" trước.');
  }
}

export async function assertUnit(db: ReadDb, unit: string): Promise<void> {
  const rows = await db.query(`select code from main.units where code = $1`, [unit]);
  if (rows.length === 0) throw new FiguresError('UNIT_NOT_FOUND', `Không tìm thấy đơn vị có mã "${unit}".`);
}

/**
 * The period of a code (core's vocabulary), or PERIOD_INVALID. Only the canonical code is
 * accepted, since the pipeline's tables hold canonical codes (`stg_period_bounds` is tested equal
 * to core).
 */
export function checkedPeriod(code: string): Period {
  const period = periodFromCode(code);
  if (!period || period.code !== code)
    throw new FiguresError('PERIOD_INVALID', `Kỳ báo cáo "${code}" không hợp lệ (ví dụ: ${PERIOD_CODE_EXAMPLES}).`);
  return period;
}

export function assertGroup(group: string): void {
  if (!/^[^:\s]+:[^:\s]+$/.test(group)) {
    throw new FiguresError('GROUP_INVALID', `Nhóm đơn vị "${group}" phải có dạng khóa:giá_trị, ví dụ so_huu:tu_nhan.`);
  }
}
