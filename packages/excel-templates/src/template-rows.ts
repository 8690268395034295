import { indicatorsForForm, optionsOfSet, type FormCode, type Indicator } from '@tonghop/core';

/** One value to fill: an indicator, or one option of a disaggregated indicator. */
export interface TemplateItem {
  indicator: Indicator;
  /** Null for the indicator itself (for a disaggregated one: its total). */
  option: { code: string; label: string } | null;
  /** The code written in the sheet: `DON_TONG`, `MT_GIAM_SAT.MTTQ`. */
  code: string;
  label: string;
}

/** The submitted indicators of a form in catalog order, each disaggregated one followed by its options. */
export function templateItems(form: FormCode): TemplateItem[] {
  const items: TemplateItem[] = [];
  for (const indicator of indicatorsForForm(form)) {
    items.push({ indicator, option: null, code: indicator.code, label: indicator.label });
    if (indicator.valueType === 'category' || !indicator.categorySet) continue;
    for (const o of optionsOfSet(indicator.categorySet)) {
      items.push({ indicator, option: { code: o.code, label: o.label }, code: `${indicator.code}.${o.code}`, label: `- ${o.label}` });
    }
  }
  return items;
}
