import type { Completeness, Figure, FormCode, Rollup } from './types';
import { arrayIn, isObj, list, num, str, strings } from './read';

function readValue(value: unknown): Figure['value'] {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Array.isArray(value)) return value.map((v) => (isObj(v) ? `${str(v.unit) ?? ''}: ${str(v.value) ?? ''}` : String(v)));
  return num(value) ?? str(value);
}

export function readRollup(body: unknown): Rollup {
  const obj = isObj(body) ? body : {};
  const figures: Figure[] = arrayIn(body, 'figures')
    .filter(isObj)
    .map((f) => ({
      indicator: str(f.indicator) ?? '',
      option: str(f.option),
      value: readValue(f.value),
      numerator: num(f.numerator),
      denominator: num(f.denominator),
      reporting_units: num(f.reporting_units),
      expected_units: num(f.expected_units),
      false_units: strings(f.false_units),
      texts: list(f.texts)
        .filter(isObj)
        .map((t) => ({ unit: str(t.unit) ?? '', text: str(t.text) ?? '' }))
        .filter((t) => t.text !== ''),
    }));
  return { unit: str(obj.unit) ?? '', period: str(obj.period) ?? '', figures };
}

/** `late` may be a count or the list of late units; `missing` a list of codes (or of units). */
export function readCompleteness(body: unknown, form: FormCode): Completeness {
  const obj = isObj(body) ? body : {};
  const lateList = Array.isArray(obj.late) ? strings(obj.late) : strings(obj.late_units);
  const missing = strings(obj.missing);
  const expected = num(obj.expected) ?? list(obj.expected).length;
  const submitted = num(obj.submitted) ?? list(obj.submitted).length;
  return {
    unit: str(obj.unit) ?? '',
    period: str(obj.period) ?? '',
    form: (str(obj.form) as FormCode | null) ?? form,
    expected,
    submitted,
    on_time: num(obj.on_time) ?? list(obj.on_time).length,
    late: num(obj.late) ?? lateList.length,
    missing,
    late_units: lateList,
    rejected_only: strings(obj.rejected_only),
    deadline: str(obj.deadline),
  };
}
