import type { SourceRef } from '@tonghop/core';
import type { SubmissionDraft } from '../types';

/**
 * Every problem with sources in a list of drafts, as readable strings (empty = all good):
 * facts need the file and a cell or a line; issues need the file.
 */
export function checkDraftSources(fileName: string, drafts: readonly SubmissionDraft[]): string[] {
  const problems: string[] = [];
  const placed = (s: SourceRef) => s.cell !== undefined || s.line !== undefined;
  drafts.forEach((d, i) => {
    if (d.source.file !== fileName) problems.push(`draft ${i}: source.file ${d.source.file} ≠ ${fileName}`);
    for (const f of d.facts) {
      if (f.source.file !== fileName || !placed(f.source))
        problems.push(`draft ${i}: fact ${f.indicator} has source ${JSON.stringify(f.source)}`);
    }
    for (const located of [d.unit, d.period, d.form]) {
      if (located && (located.source.file !== fileName || !placed(located.source))) {
        problems.push(`draft ${i}: "${located.text}" has source ${JSON.stringify(located.source)}`);
      }
    }
    for (const e of [...d.errors, ...d.warnings]) {
      if (e.source.file !== fileName || e.message.trim() === '')
        problems.push(`draft ${i}: issue ${e.code} has source ${JSON.stringify(e.source)}`);
    }
  });
  return problems;
}
