import { catalog, optionsOfSet } from '../catalog';
import type { CategoryOption, FormCode, Indicator } from '../types';

/**
 * How a column shows a unit's value: `number` (sum), `percent` (a ratio of the unit's own parts),
 * `bool` (Có / Không; total "7/8"), `mark` (1 under the option a unit chose; total = count).
 */
export type ColumnKind = 'number' | 'percent' | 'bool' | 'mark';

export interface FormColumn {
  indicator: Indicator;
  /** The option of a disaggregated indicator or a distribution; null for the indicator's total. */
  option: CategoryOption | null;
  kind: ColumnKind;
}

/** An indicator's columns in a form's table (one, or its total and one per option). */
export interface IndicatorColumns {
  indicator: Indicator;
  columns: FormColumn[];
}

/**
 * The columns of a form's table, the same on the page and in the summary workbook, in catalog
 * order (the catalog places each ratio after the block it is computed from): the form's
 * indicators except the free-text `list` ones (they have their own section), plus each derived
 * ratio whose numerator and denominator the form submits.
 */
export function formColumns(form: FormCode): IndicatorColumns[] {
  const submitted = new Set(catalog.filter((i) => i.forms.includes(form)).map((i) => i.code));
  const inForm = (i: Indicator) =>
    i.aggregation === 'ratio'
      ? i.numerator !== null && i.denominator !== null && submitted.has(i.numerator) && submitted.has(i.denominator)
      : submitted.has(i.code) && i.aggregation !== 'list';
  return catalog.filter(inForm).map((indicator) => ({ indicator, columns: columnsOf(indicator) }));
}

function columnsOf(indicator: Indicator): FormColumn[] {
  const options = indicator.categorySet ? optionsOfSet(indicator.categorySet) : [];
  switch (indicator.aggregation) {
    case 'ratio':
      return [{ indicator, option: null, kind: 'percent' }];
    case 'share_true':
      return [{ indicator, option: null, kind: 'bool' }];
    case 'distribution':
      return options.map((option) => ({ indicator, option, kind: 'mark' }));
    default:
      return [{ indicator, option: null, kind: 'number' }, ...options.map((option): FormColumn => ({ indicator, option, kind: 'number' }))];
  }
}
