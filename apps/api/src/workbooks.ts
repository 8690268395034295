import { buildHierarchy, formForUnitType, parsePeriod, type FormCode } from '@tonghop/core';
import { generateFormTemplate, generateTableTemplate } from '@tonghop/excel-templates';
import { exportSummaryWorkbook } from '@tonghop/report-export';
import type { Warehouse } from '@tonghop/warehouse';
import { ApiError } from './errors';

const bytes = (b: Buffer) => new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)) as Uint8Array<ArrayBuffer>;

/**
 * The template for a form, unit and period: layout 1 when the unit itself submits the form, else
 * layout 2 (a table) with the units below it that submit the form and are active in the period.
 */
export async function makeTemplate(
  warehouse: Warehouse,
  q: { form: FormCode; unit: string; period: string },
): Promise<Uint8Array<ArrayBuffer>> {
  const period = parsePeriod(q.period);
  if (!period) throw new ApiError('INVALID_PARAMETER', `Tham số "period" không hợp lệ: "${q.period}".`);
  // Names and the units listed are those of the versions in force in the period (spec §2).
  const tree = buildHierarchy(await warehouse.listUnits());
  const unit = tree.get(q.unit, period) ?? tree.get(q.unit);
  if (!unit) throw new ApiError('UNIT_NOT_FOUND', `Không tìm thấy đơn vị có mã "${q.unit}".`);
  if (formForUnitType(unit.type) === q.form) return bytes(await generateFormTemplate({ form: q.form, unit, period: q.period }));
  const rows = tree.descendants(unit.code, period).filter((u) => formForUnitType(u.type) === q.form);
  return bytes(await generateTableTemplate({ form: q.form, parent: unit, units: rows, period: q.period }));
}

export async function makeSummary(
  warehouse: Warehouse,
  q: { unit: string; period: string },
  clock: () => Date,
): Promise<Uint8Array<ArrayBuffer>> {
  return bytes(await exportSummaryWorkbook(warehouse, { unit: q.unit, period: q.period, clock }));
}
