import type { FormCode, UnitType } from '../types';

/** Which unit type submits which form (spec §1): xa→XA, co_quan→CQ, doanh_nghiep→DN, mat_tran→MT. */
const UNIT_TYPE_OF_FORM: Readonly<Record<FormCode, UnitType>> = { XA: 'xa', CQ: 'co_quan', DN: 'doanh_nghiep', MT: 'mat_tran' };

const FORM_OF_UNIT_TYPE: Readonly<Partial<Record<UnitType, FormCode>>> = Object.fromEntries(
  Object.entries(UNIT_TYPE_OF_FORM).map(([form, type]) => [type, form]),
);

/** The form a unit type submits; null for `tinh` and `huyen`, which submit nothing. */
export function formForUnitType(type: UnitType): FormCode | null {
  return FORM_OF_UNIT_TYPE[type] ?? null;
}

/** The unit type that submits a form. */
export function unitTypeForForm(form: FormCode): UnitType {
  return UNIT_TYPE_OF_FORM[form];
}
