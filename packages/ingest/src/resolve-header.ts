import {
  createUnitMatcher,
  formForUnitType,
  groupVersions,
  parseFormCode,
  parsePeriod,
  UNIT_TYPES,
  type FormCode,
  type Period,
  type Unit,
  type UnitMatcher,
  type UnitType,
  validityLabel,
  versionInForce,
} from '@tonghop/core';
import type { SubmissionDraft } from '@tonghop/ingest-contract';
import { INGEST_CODES as C } from './errors';
import type { IssueList } from './issues';

/** The units known when a call starts (every version), with a matcher over them. */
export interface UnitIndex {
  /** Every version of a code, oldest first. */
  versions: ReadonlyMap<string, readonly Unit[]>;
  matcher: UnitMatcher;
}

export function createUnitIndex(units: readonly Unit[]): UnitIndex {
  return { versions: groupVersions(units), matcher: createUnitMatcher(units) };
}

/** "(hiệu lực … – 2025-06-30)" or, for several versions, each of them. */
function validityOf(versions: readonly Unit[]): string {
  return `hiệu lực ${versions.map(validityLabel).join('; ')}`;
}

export interface ResolvedHeader {
  unit: Unit | null;
  /** The unit the draft names, even when it may not submit (inactive in the period): for results. */
  named: Unit | null;
  period: Period | null;
  form: FormCode | null;
}

function unitTypesOf(form: FormCode): UnitType[] {
  return UNIT_TYPES.filter((t) => formForUnitType(t) === form);
}

function describe(unit: Unit): string {
  return `${unit.code} (${unit.name})`;
}

/** Resolves the draft's period, form and unit; every failure is an error naming the place. */
export function resolveHeader(draft: SubmissionDraft, units: UnitIndex, issues: IssueList): ResolvedHeader {
  // A draft that already carries the plugin's errors (unreadable file) is not also blamed for what it lacks.
  const quiet = draft.errors.length > 0;
  let period: Period | null = null;
  if (!draft.period) {
    if (!quiet) issues.add(C.PERIOD_MISSING, draft.source, 'không có kỳ báo cáo (cột period hoặc ô "Kỳ báo cáo")');
  } else {
    period = parsePeriod(draft.period.text);
    if (!period)
      issues.add(
        C.PERIOD_INVALID,
        draft.period.source,
        `kỳ báo cáo "${draft.period.text}" không đọc được (ví dụ hợp lệ: 2022S1, "6 tháng đầu năm 2022")`,
      );
  }

  let declaredForm: FormCode | null = null;
  if (draft.form && draft.form.text.trim() !== '') {
    declaredForm = parseFormCode(draft.form.text);
    if (!declaredForm) issues.add(C.FORM_INVALID, draft.form.source, `biểu mẫu "${draft.form.text}" không tồn tại (XA, CQ, DN hoặc MT)`);
  }

  let unit: Unit | null = null;
  let named: Unit | null = null;
  if (draft.unit) ({ unit, named } = resolveUnit(draft.unit.text, draft.unit.source, period, declaredForm, units, issues));
  else if (!quiet) issues.add(C.UNIT_MISSING, draft.source, 'không có đơn vị báo cáo (mã hoặc tên đơn vị)');

  let form = declaredForm;
  if (named) {
    const expected = formForUnitType(named.type);
    if (!expected) {
      issues.add(
        C.FORM_NONE_FOR_UNIT,
        draft.unit?.source,
        `đơn vị ${describe(named)} thuộc loại "${named.type}", không nộp báo cáo theo biểu mẫu nào`,
      );
    } else if (declaredForm && declaredForm !== expected) {
      issues.add(
        C.FORM_UNIT_MISMATCH,
        draft.form?.source,
        `biểu mẫu ${declaredForm} không dành cho đơn vị ${describe(named)} (đơn vị này nộp biểu ${expected})`,
      );
    } else form = expected;
  }
  return { unit, named, period, form };
}

function resolveUnit(
  text: string,
  source: SubmissionDraft['source'],
  period: Period | null,
  form: FormCode | null,
  units: UnitIndex,
  issues: IssueList,
): { unit: Unit | null; named: Unit | null } {
  const written = text.trim();
  const versions = units.versions.get(written);
  if (versions) {
    // A code names the version in force in the period (spec §2: codes are reused).
    const inForce = versionInForce(versions, period ?? undefined);
    if (!inForce) {
      const latest = versionInForce(versions) as Unit;
      issues.add(C.UNIT_INACTIVE, source, `đơn vị ${describe(latest)} không hoạt động trong kỳ ${period?.code} (${validityOf(versions)})`);
      return { unit: null, named: latest };
    }
    return { unit: inForce, named: inForce };
  }
  const types = form ? unitTypesOf(form) : undefined;
  const opts = { ...(period ? { at: period } : {}), ...(types ? { types } : {}) };
  const match = units.matcher.match(written, opts);
  if (match.ok) return { unit: match.unit, named: match.unit };
  if (match.code === 'UNIT_AMBIGUOUS') {
    issues.add(
      C.UNIT_AMBIGUOUS,
      source,
      `tên đơn vị "${written}" trùng với nhiều đơn vị: ${match.candidates.map(describe).join(' và ')}; hãy ghi mã đơn vị`,
    );
    return { unit: null, named: null };
  }
  if (period) {
    const anyTime = units.matcher.match(written, types ? { types } : {});
    if (anyTime.ok) {
      const u = anyTime.unit;
      issues.add(C.UNIT_INACTIVE, source, `đơn vị ${describe(u)} không hoạt động trong kỳ ${period.code} (${validityOf([u])})`);
      return { unit: null, named: u };
    }
  }
  issues.add(C.UNIT_NOT_FOUND, source, `không tìm thấy đơn vị "${written}" trong danh mục đơn vị`);
  return { unit: null, named: null };
}
