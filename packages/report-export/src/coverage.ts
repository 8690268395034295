import { indicatorForms, type Indicator } from '@tonghop/core';
import { hasValue } from './form-values';
import type { FormSection } from './types';
import { coverageText } from './words';

/**
 * Coverage of one indicator, per form with expected units: "8/8 xã; 17/19 cơ quan". Reporting
 * units are those whose own current values include the indicator (a ratio: either part).
 */
export function indicatorCoverage(indicator: Indicator, forms: readonly FormSection[]): string {
  const wanted = indicatorForms(indicator);
  return forms
    .filter((s) => wanted.includes(s.form) && s.rows.length > 0)
    .map((s) => coverageText(s.rows.filter((r) => hasValue(r.values, indicator)).length, s.rows.length, s.unitType))
    .join('; ');
}

/** Coverage of a form: submitted / expected units, "8/10 xã". */
export function formCoverage(section: FormSection): string {
  return coverageText(section.completeness.submitted, section.completeness.expected, section.unitType);
}
