import { FORM_CODES, type FactValue, type FormCode, type UnitType } from '@tonghop/core';
import { getCompleteness, type DeadlineDays } from '@tonghop/figures';
import type { FormRow, FormSection, ReadDb, RowStatus, UnitInfo } from './types';

/** Which unit type submits each form (spec §2). */
export const FORM_UNIT_TYPE: Record<FormCode, UnitType> = { XA: 'xa', CQ: 'co_quan', DN: 'doanh_nghiep', MT: 'mat_tran' };

interface Args {
  unit: string;
  period: string;
  deadlines?: Partial<DeadlineDays>;
  units: ReadonlyMap<string, UnitInfo>;
  values: ReadonlyMap<string, ReadonlyMap<string, FactValue>>;
}

/**
 * Every form with its expected units as rows (those of the form's unit type under the unit,
 * active in the period: the completeness definition), each with its status and own values.
 */
export async function loadForms(db: ReadDb, a: Args): Promise<FormSection[]> {
  const sections: FormSection[] = [];
  for (const form of FORM_CODES) {
    const completeness = await getCompleteness(db, { unit: a.unit, period: a.period, form, ...(a.deadlines ? { deadlines: a.deadlines } : {}) });
    const expected = await db.query<{ unit_code: string; status: RowStatus; has_rejected: boolean }>(
      `select unit_code, status, has_rejected from rollup.completeness($1, $2, $3, $4::timestamptz) order by unit_code`,
      [a.unit, a.period, form, completeness.deadline],
    );
    const rows: FormRow[] = expected.map((e) => ({
      unit: a.units.get(e.unit_code) ?? { code: e.unit_code, name: e.unit_code, type: FORM_UNIT_TYPE[form], parentCode: null },
      status: e.status,
      rejectedOnly: e.status === 'missing' && e.has_rejected,
      values: a.values.get(e.unit_code) ?? new Map(),
    }));
    sections.push({ form, unitType: FORM_UNIT_TYPE[form], completeness, rows });
  }
  return sections;
}
