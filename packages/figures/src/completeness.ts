import { assertPipelineRun, assertUnit, checkedPeriod } from './checks';
import { DEFAULT_DEADLINE_DAYS, deadlineInstant } from './deadlines';
import { FiguresError } from './errors';
import type { Completeness, DeadlineDays, ReadDb } from './types';
import { rollupModels } from './models';

export interface CompletenessQuery {
  unit: string;
  period: string;
  form: string;
  /** Overrides of DEFAULT_DEADLINE_DAYS per period kind. */
  deadlines?: Partial<DeadlineDays>;
}

const FORMS = ['XA', 'CQ', 'DN', 'MT'];

/** Spec §4 `completeness --json` (+ late_units, rejected_only, deadline). */
export async function getCompleteness(db: ReadDb, q: CompletenessQuery): Promise<Completeness> {
  await assertPipelineRun(db);
  await assertUnit(db, q.unit);
  if (!FORMS.includes(q.form)) throw new FiguresError('FORM_INVALID', `Biểu mẫu "${q.form}" không hợp lệ (XA, CQ, DN hoặc MT).`);
  const { kind, end } = checkedPeriod(q.period);
  const days = { ...DEFAULT_DEADLINE_DAYS, ...q.deadlines }[kind];
  const deadline = deadlineInstant(end, days);
  const rows = await db.query<CompletenessRow>(
    `select unit_code, status, has_rejected from ${rollupModels.completeness.sql}($1, $2, $3, $4::timestamptz) order by unit_code`,
    [q.unit, q.period, q.form, deadline.toISOString()],
  );
  return summarizeCompleteness({ unit: q.unit, period: q.period, form: q.form, deadline: deadline.toISOString() }, rows);
}

/** One expected unit's row of the pipeline's `completeness` macro. */
export interface CompletenessRow {
  unit_code: string;
  status: 'missing' | 'on_time' | 'late';
  has_rejected: boolean;
}

/** The `completeness --json` object from the macro's rows (also used by the summary workbook). */
export function summarizeCompleteness(
  q: { unit: string; period: string; form: string; deadline: string },
  rows: readonly CompletenessRow[],
): Completeness {
  const codes = (status: CompletenessRow['status']) => rows.filter((r) => r.status === status).map((r) => r.unit_code);
  const missing = codes('missing');
  const late = codes('late');
  return {
    unit: q.unit,
    period: q.period,
    form: q.form,
    expected: rows.length,
    submitted: rows.length - missing.length,
    on_time: codes('on_time').length,
    late: late.length,
    missing,
    late_units: late,
    rejected_only: rows.filter((r) => r.status === 'missing' && r.has_rejected).map((r) => r.unit_code),
    deadline: q.deadline,
  };
}
