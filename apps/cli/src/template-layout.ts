import { buildHierarchy, formForUnitType, type FormCode, type Period, type Unit } from '@tonghop/core';
import { TonghopError } from '@tonghop/core';

/** Which template a unit gets for a form, as the API makes it (apps/api workbooks.ts). */
export interface TemplateLayout {
  unit: Unit;
  /** `form`: the unit's own form (layout 1); `table`: a table of the units below it (layout 2). */
  layout: 'form' | 'table';
  /** The rows of the table: the units below that submit the form and are active in the period. */
  rows: Unit[];
}

export function templateLayout(units: readonly Unit[], code: string, form: FormCode, period: Period): TemplateLayout {
  // Names and the units listed are those of the versions in force in the period (spec §2).
  const tree = buildHierarchy(units);
  const unit = tree.get(code, period) ?? tree.get(code);
  if (!unit) throw new TonghopError('UNIT_NOT_FOUND', `Không có đơn vị mã "${code}".`);
  if (formForUnitType(unit.type) === form) return { unit, layout: 'form', rows: [unit] };
  const rows = tree.descendants(unit.code, period).filter((u) => formForUnitType(u.type) === form);
  if (rows.length === 0)
    throw new TonghopError(
      'TEMPLATE_NO_UNITS',
      `Đơn vị ${unit.code} (${unit.name}) không nộp biểu ${form} và không có đơn vị cấp dưới nộp biểu này.`,
    );
  return { unit, layout: 'table', rows };
}
