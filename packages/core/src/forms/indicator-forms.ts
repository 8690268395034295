import { getIndicator } from '../catalog';
import type { FormCode, Indicator } from '../types';

/** The forms whose units report an indicator; a derived ratio belongs to no form: its numerator's. */
export function indicatorForms(indicator: Indicator): readonly FormCode[] {
  if (indicator.aggregation !== 'ratio' || indicator.numerator === null) return indicator.forms;
  return getIndicator(indicator.numerator)?.forms ?? [];
}
