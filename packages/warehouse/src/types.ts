import type { Staging } from './staging';
import type { FormCode, Severity, SourceRef } from '@tonghop/core';

export type SubmissionStatus = 'accepted' | 'warning' | 'rejected';

/** One value of a submission, with where it came from. Exactly one of num/bool/text is normally set. */
export interface NewFact {
  indicator: string;
  /** Category option code; null/absent for the indicator itself. */
  option?: string | null;
  num?: number | null;
  bool?: boolean | null;
  text?: string | null;
  source: SourceRef;
}

export interface NewValidationResult {
  severity: Severity;
  /** R01… or a stable code such as VALUE_NOT_NUMBER. */
  rule: string;
  /** "Sheet!D12", "dòng 14" … */
  cell?: string | null;
  message: string;
}

/** Everything `storeSubmission` needs; the original bytes are already in the blob store. */
export interface NewSubmission {
  unitCode: string;
  period: string;
  form: FormCode;
  status: SubmissionStatus;
  plugin: string;
  file: { sha256: string; size: number; name: string };
  sheet?: string | null;
  uploadedBy: string;
  /** Defaults to the warehouse clock. */
  receivedAt?: Date;
  /** An array, or any (async) iterable: facts are appended as they come, inside the transaction. */
  facts: Iterable<NewFact> | AsyncIterable<NewFact>;
  validation: readonly NewValidationResult[];
  /**
   * Facts that sit in staging tables instead of `facts` (which must then be empty): the rows of
   * group `group` of the batch's `staged` query (see `storeSubmissions(list, { staged })`), of
   * which there are `count`.
   */
  staged?: { group: number; count: number };
}

/**
 * A staging table (or view) of the writer connection (see staging.ts) holding the facts of
 * staged submissions: columns `grp` (INTEGER), then indicator, option, num_value, bool_value,
 * text_value, source_sheet, source_cell, source_line (`STAGED_FACT_COLUMNS`, by name).
 */
export interface StagedFacts {
  staging: Staging;
  /** The staging table's name, as given to `createAs` / `createView` / `load`. */
  table: string;
}

export interface StoreOptions {
  /** Where the facts of the list's `staged` submissions come from. */
  staged?: StagedFacts;
}

export interface StoredSubmission {
  id: number;
  version: number;
  /** The valid version this one replaces as current (null when none, or when this one is rejected). */
  supersedes: number | null;
  /** True when this exact file/unit/period/form/sheet was already the latest version: nothing was written. */
  duplicate: boolean;
  status: SubmissionStatus;
  factCount: number;
}

/** A row of `submissions`, camel-cased, plus `current`. */
export interface SubmissionRecord {
  id: number;
  unitCode: string;
  period: string;
  form: FormCode;
  version: number;
  supersedes: number | null;
  status: SubmissionStatus;
  plugin: string;
  fileSha256: string;
  fileName: string;
  sheet: string | null;
  draftKey: string;
  uploadedBy: string;
  /** ISO timestamp (UTC). */
  receivedAt: string;
  factCount: number;
  /** The latest accepted/warning version of its (unit, period, form). */
  current: boolean;
}

export interface FactRecord {
  submissionId: number;
  unitCode: string;
  period: string;
  form: FormCode;
  indicator: string;
  option: string | null;
  num: number | null;
  bool: boolean | null;
  text: string | null;
  source: SourceRef;
}

export interface ValidationRecord {
  submissionId: number;
  severity: Severity;
  rule: string;
  cell: string | null;
  message: string;
}

export interface SubmissionFilter {
  unit?: string;
  period?: string;
  form?: string;
  status?: SubmissionStatus;
  /** Only current versions. */
  currentOnly?: boolean;
}

export interface AuditEntry {
  actor: string;
  action: string;
  target?: string;
  detail?: unknown;
  /** Where the action came from: the HTTP client's address, `cli@<host>` for the CLI. */
  client?: string | null;
}
