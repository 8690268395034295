import {
  getIndicator,
  parseValue,
  resolveIndicator,
  resolveOption,
  type FactValue,
  type FormCode,
  type Indicator,
  type SourceRef,
} from '@tonghop/core';
import type { RawFact } from '@tonghop/ingest-contract';
import { INGEST_CODES as C } from './errors';
import type { IssueList } from './issues';
import { cellRef, shortPlace } from './place';

/** A fact ready to store: indicator and option resolved, value parsed (never null). */
export interface ResolvedFact {
  indicator: Indicator;
  option: string | null;
  value: FactValue;
  source: SourceRef;
}

const CODE_WITH_OPTION = /^([A-Za-z][A-Za-z0-9_]*)\.(.+)$/u;

/** `MT_GIAM_SAT.MTTQ` → indicator `MT_GIAM_SAT`, option `MTTQ`; a label stays whole. */
export function splitIndicator(text: string, option: string | null): { indicator: string; option: string | null } {
  const m = CODE_WITH_OPTION.exec(text.trim());
  if (m?.[1] && m[2] && getIndicator(m[1].toUpperCase()) && (option === null || option.trim() === '')) {
    return { indicator: m[1], option: m[2] };
  }
  return { indicator: text, option: option !== null && option.trim() === '' ? null : option };
}

/** An indicator whose options are separate values (MT_GIAM_SAT by to_chuc), not a category answer. */
export function isDisaggregated(indicator: Indicator): boolean {
  return indicator.categorySet !== null && indicator.valueType !== 'category';
}

function findIndicator(text: string, form: FormCode, source: SourceRef, issues: IssueList): Indicator | null {
  const found = resolveIndicator(text, form);
  if (found) return found;
  const anywhere = resolveIndicator(text);
  if (anywhere && anywhere.forms.length === 0) {
    issues.add(C.INDICATOR_DERIVED, source, `chỉ tiêu ${anywhere.code} (${anywhere.label}) được tính tự động (tỷ lệ), không được nộp`);
  } else if (anywhere) {
    issues.add(
      C.INDICATOR_NOT_IN_FORM,
      source,
      `chỉ tiêu ${anywhere.code} không thuộc biểu ${form} (thuộc biểu ${anywhere.forms.join(', ')})`,
    );
  } else {
    issues.add(C.INDICATOR_UNKNOWN, source, `chỉ tiêu "${text.trim()}" không có trong danh mục chỉ tiêu của biểu ${form}`);
  }
  return null;
}

/**
 * The indicator and option a raw fact names in `form` (a code, `CODE.OPTION` or a label, and the
 * option column), or null with the reason added to `issues`.
 */
export function resolveFactKey(
  text: string,
  optionText: string | null,
  form: FormCode,
  source: SourceRef,
  issues: IssueList,
): { indicator: Indicator; option: string | null } | null {
  const split = splitIndicator(text, optionText);
  const indicator = findIndicator(split.indicator, form, source, issues);
  if (!indicator) return null;
  if (split.option === null) return { indicator, option: null };
  if (!isDisaggregated(indicator)) {
    issues.add(C.OPTION_NOT_ALLOWED, source, `chỉ tiêu ${indicator.code} không chia theo phân tổ, không ghi được "${split.option}"`);
    return null;
  }
  const resolved = resolveOption(indicator.categorySet ?? '', split.option);
  if (!resolved) {
    issues.add(
      C.OPTION_UNKNOWN,
      source,
      `phân tổ "${split.option}" không có trong danh mục "${indicator.categorySet}" của chỉ tiêu ${indicator.code}`,
    );
    return null;
  }
  return { indicator, option: resolved.code };
}

/**
 * Resolves every raw fact of a draft. Empty values are dropped (missing is not zero); the same
 * indicator and option twice is one error naming both places.
 */
export function resolveFacts(raw: readonly RawFact[], form: FormCode, issues: IssueList): ResolvedFact[] {
  const out: ResolvedFact[] = [];
  const seen = new Map<string, SourceRef>();
  for (const fact of raw) {
    const key = resolveFactKey(fact.indicator, fact.option, form, fact.source, issues);
    if (!key) continue;
    const { indicator, option } = key;
    const parsed = parseValue(fact.raw, indicator);
    if (!parsed.ok) {
      issues.add(parsed.code, fact.source, `${indicator.code}${option ? `.${option}` : ''}: ${parsed.message}`);
      continue;
    }
    if (parsed.value === null) continue;
    const seenKey = `${indicator.code}\u0000${option ?? ''}`;
    const first = seen.get(seenKey);
    if (first) {
      const name = `${indicator.code}${option ? `.${option}` : ''}`;
      issues.add(
        C.DUPLICATE_FACT,
        fact.source,
        `chỉ tiêu ${name} được khai hai lần (${shortPlace(first)} và ${shortPlace(fact.source)})`,
        [cellRef(first), cellRef(fact.source)].filter((c) => c !== null).join(', '),
      );
      continue;
    }
    seen.set(seenKey, fact.source);
    out.push({ indicator, option, value: parsed.value, source: fact.source });
  }
  return out;
}
