import type { FormCode, Period, Unit } from '@tonghop/core';
import type { IngestFile, IngestPlugin, SubmissionDraft } from '@tonghop/ingest-contract';
import type { NewFact, NewSubmission, NewValidationResult, StoredSubmission } from '@tonghop/warehouse';
import { INGEST_CODES as C } from './errors';
import type { ResolvedFact } from './resolve-facts';
import type { IngestContext, IngestIssue, IngestResult, IngestStatus } from './types';

export interface StoreInput {
  ctx: IngestContext;
  file: IngestFile;
  plugin: IngestPlugin;
  sha256: string;
  draft: SubmissionDraft;
  unit: Unit;
  period: Period;
  form: FormCode;
  facts: readonly ResolvedFact[];
  errors: IngestIssue[];
  warnings: IngestIssue[];
}

function toNewFact(f: ResolvedFact): NewFact {
  const base = { indicator: f.indicator.code, option: f.option, source: f.source };
  if (typeof f.value === 'number') return { ...base, num: f.value };
  if (typeof f.value === 'boolean') return { ...base, bool: f.value };
  return { ...base, text: f.value };
}

function validationRows(errors: IngestIssue[], warnings: IngestIssue[]): NewValidationResult[] {
  return [
    ...errors.map((e) => ({ severity: 'error' as const, rule: e.rule, cell: e.cell, message: e.message })),
    ...warnings.map((w) => ({ severity: 'warning' as const, rule: w.rule, cell: w.cell, message: w.message })),
  ];
}

/** A validated draft ready to store: the warehouse submission, and how its stored row becomes the result. */
export interface PreparedDraft {
  submission: NewSubmission;
  finish(stored: StoredSubmission): IngestResult;
}

/**
 * Turns one validated draft into a warehouse submission (stored later, in a batch: see
 * draft-buffer.ts). An error rule makes it "rejected" (kept, never current); warnings make it
 * "warning". A byte-identical re-ingest stores nothing and reports the existing submission with
 * a warning.
 */
export function prepareDraft(input: StoreInput): PreparedDraft {
  const { ctx, file, plugin, unit, period, form, facts, errors, warnings } = input;
  const status: IngestStatus = errors.length > 0 ? 'rejected' : warnings.length > 0 ? 'warning' : 'accepted';
  const submission: NewSubmission = {
    unitCode: unit.code,
    period: period.code,
    form,
    status,
    plugin: plugin.name,
    file: { sha256: input.sha256, size: file.size, name: file.name },
    sheet: input.draft.source.sheet ?? null,
    uploadedBy: ctx.actor,
    receivedAt: ctx.clock(),
    facts: facts.map(toNewFact),
    validation: validationRows(errors, warnings),
  };
  return { submission, finish: (stored) => resultOf(input, stored) };
}

function resultOf(input: StoreInput, stored: StoredSubmission): IngestResult {
  const { file, plugin, unit, period, form, errors, warnings } = input;
  const outWarnings = [...warnings];
  if (stored.duplicate) {
    outWarnings.push({
      cell: null,
      rule: C.IDENTICAL_FILE,
      message: `tệp ${file.name}: Tệp giống hệt bản đã nộp (báo cáo số ${stored.id}, phiên bản ${stored.version}, đơn vị ${unit.code}, kỳ ${period.code}, biểu ${form}); không tạo phiên bản mới`,
    });
  }
  return {
    file: file.name,
    status: stored.status,
    plugin: plugin.name,
    unit: unit.code,
    period: period.code,
    form,
    submission_id: stored.id,
    supersedes: stored.supersedes,
    facts: stored.factCount,
    errors,
    warnings: outWarnings,
  };
}
