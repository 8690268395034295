import type { SourceRef } from '@tonghop/core';
import type { DraftIssue } from '@tonghop/ingest-contract';
import { cellRef, placed } from './place';
import type { IngestIssue } from './types';

/** Collects issues for one draft, each placed ("tệp X, dòng 14: ..."). */
export class IssueList {
  readonly items: IngestIssue[] = [];
  constructor(private readonly file: string) {}

  add(rule: string, source: SourceRef | undefined, message: string, cell?: string | null): void {
    this.items.push({ cell: cell === undefined ? cellRef(source) : cell, rule, message: placed(source, this.file, message) });
  }

  /** A plugin's issue: its code and message carried over. */
  carry(issue: DraftIssue): void {
    this.add(issue.code, issue.source, issue.message);
  }

  get length(): number {
    return this.items.length;
  }
}
