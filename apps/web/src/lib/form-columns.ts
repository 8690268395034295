import type { Catalog, FormCode, Indicator } from '../api/types';

/** The indicators of a form, in catalog order, with the ratios derived from them after their numerator. */
export function formColumns(catalog: Catalog, form: FormCode): Indicator[] {
  const own = catalog.indicators.filter((i) => i.forms.includes(form) && i.aggregation !== 'list');
  const out: Indicator[] = [];
  for (const indicator of own) {
    out.push(indicator);
    for (const ratio of catalog.indicators)
      if (ratio.aggregation === 'ratio' && ratio.denominator && ratio.numerator === indicator.code) {
        const denominator = catalog.indicators.find((i) => i.code === ratio.denominator);
        if (denominator?.forms.includes(form)) out.push(ratio);
      }
  }
  return out;
}
