import { FORM_CODES, requirePeriod, unitTypeForForm, type FactValue, type FormCode } from '@tonghop/core';
import { DEFAULT_DEADLINE_DAYS, deadlineInstant, summarizeCompleteness, type Completeness, type DeadlineDays } from '@tonghop/figures';
import type { FormRow, FormSection, ReadDb, RowStatus, UnitInfo } from './types';
import { rollupModels } from '@tonghop/figures';

export interface ExpectedRow {
  unit_code: string;
  status: RowStatus;
  has_rejected: boolean;
}

export type ExpectedByForm = Record<FormCode, ExpectedRow[]>;

/**
 * Each form's expected units (those of the form's unit type under the unit, active in the
 * period) with their status against the deadline: the pipeline's `completeness` macro, once per
 * form, the forms in parallel.
 */
export async function loadExpected(
  db: ReadDb,
  q: { unit: string; period: string; deadlines?: Partial<DeadlineDays> },
): Promise<{ deadline: string; byForm: ExpectedByForm }> {
  const period = requirePeriod(q.period); // already checked by getRollup
  const deadline = deadlineInstant(period.end, { ...DEFAULT_DEADLINE_DAYS, ...q.deadlines }[period.kind]).toISOString();
  const lists = await Promise.all(
    FORM_CODES.map((form) =>
      db.query<ExpectedRow>(
        `select unit_code, status, has_rejected from ${rollupModels.completeness.sql}($1, $2, $3, $4::timestamptz) order by unit_code`,
        [q.unit, q.period, form, deadline],
      ),
    ),
  );
  const byForm = Object.fromEntries(FORM_CODES.map((form, i) => [form, lists[i] ?? []])) as ExpectedByForm;
  return { deadline, byForm };
}

/**
 * Every form with its expected units as rows, each with its status and own values, and the
 * form's completeness computed from those rows exactly as `getCompleteness` does (tested to agree).
 */
export function buildSections(
  a: { unit: string; period: string; deadline: string; byForm: ExpectedByForm },
  units: ReadonlyMap<string, UnitInfo>,
  values: ReadonlyMap<string, ReadonlyMap<string, FactValue>>,
): FormSection[] {
  return FORM_CODES.map((form): FormSection => {
    const expected = a.byForm[form];
    const rows: FormRow[] = expected.map((e) => ({
      unit: units.get(e.unit_code) ?? { code: e.unit_code, name: e.unit_code, type: unitTypeForForm(form), parentCode: null },
      status: e.status,
      rejectedOnly: e.status === 'missing' && e.has_rejected,
      values: values.get(e.unit_code) ?? new Map(),
    }));
    return { form, unitType: unitTypeForForm(form), completeness: completenessOf(a, form, expected), rows };
  });
}

function completenessOf(a: { unit: string; period: string; deadline: string }, form: FormCode, rows: readonly ExpectedRow[]): Completeness {
  return summarizeCompleteness({ unit: a.unit, period: a.period, form, deadline: a.deadline }, rows);
}
