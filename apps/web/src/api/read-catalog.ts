import type { Catalog, CategoryOption, FormCode, Indicator } from './types';
import { arrayIn, isObj, str, strings } from './read';

function readIndicator(item: Record<string, unknown>): Indicator | null {
  const code = str(item.code);
  if (!code) return null;
  return {
    code,
    label: str(item.label_vi) ?? str(item.label) ?? code,
    unit: str(item.unit_label) ?? str(item.unit_vi) ?? str(item.unit) ?? '',
    value_type: (str(item.value_type) ?? 'integer') as Indicator['value_type'],
    aggregation: (str(item.aggregation) ?? 'sum') as Indicator['aggregation'],
    forms: strings(item.forms) as FormCode[],
    category_set: str(item.category_set) || null,
    numerator: str(item.numerator) || null,
    denominator: str(item.denominator) || null,
  };
}

function readOptions(body: unknown): CategoryOption[] {
  const out: CategoryOption[] = [];
  for (const item of arrayIn(body, 'category_options', 'options', 'categoryOptions')) {
    if (!isObj(item)) continue;
    const code = str(item.option_code) ?? str(item.code);
    const set = str(item.category_set) ?? str(item.set);
    if (code && set) out.push({ set, code, label: str(item.label_vi) ?? str(item.label) ?? code });
  }
  return out;
}

/** GET /api/catalog → indicators and category options. */
export function readCatalog(body: unknown): Catalog {
  const indicators = arrayIn(body, 'indicators', 'catalog')
    .filter(isObj)
    .map(readIndicator)
    .filter((i): i is Indicator => i !== null);
  return { indicators, options: readOptions(body) };
}
