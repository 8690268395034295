import type { IngestFile, IngestPlugin, SubmissionDraft } from '@tonghop/ingest-contract';
import { INGEST_CODES as C } from './errors';
import { IssueList } from './issues';
import type { PluginRegistry } from './registry';
import { auditRefusal, refusedResult } from './refuse';
import { resolveHeader, type UnitIndex } from './resolve-header';
import { resolveFacts } from './resolve-facts';
import { prepareDraft, type PreparedDraft } from './store';
import type { IngestContext, IngestResult } from './types';
import { applyRules } from './validate';
import type { DraftBuffer } from './draft-buffer';

/** What one ingest call shares across its files: the context, the plugins, the units known when it started, the pending stores. */
export interface FileRun {
  ctx: IngestContext;
  registry: PluginRegistry;
  units: UnitIndex;
  /** The call's results in order, its valid drafts stored in batches across its files. */
  buffer: DraftBuffer;
}

/** Resolves and validates one draft: a refused result (audited), or a draft ready to store. */
export async function ingestDraft(
  file: IngestFile,
  plugin: IngestPlugin,
  sha256: string,
  draft: SubmissionDraft,
  run: FileRun,
): Promise<IngestResult | PreparedDraft> {
  const { ctx } = run;
  const errors = new IssueList(file.name);
  const warnings = new IssueList(file.name);
  for (const issue of draft.errors) errors.carry(issue);
  for (const issue of draft.warnings) warnings.carry(issue);

  const header = resolveHeader(draft, run.units, errors);
  if (header.unit && ctx.mayUploadFor && !ctx.mayUploadFor(header.unit)) {
    errors.add(
      C.UNIT_FORBIDDEN,
      draft.unit?.source,
      `người nộp không được nộp báo cáo cho đơn vị ${header.unit.code} (${header.unit.name})`,
    );
  }
  const facts = header.form ? resolveFacts(draft.facts, header.form, errors) : [];
  if (errors.length === 0 && facts.length === 0) {
    errors.add(C.NO_DATA, draft.source, 'báo cáo không có số liệu nào (mọi ô giá trị đều trống)');
  }
  const names = { unit: header.named?.code ?? null, period: header.period?.code ?? null, form: header.form };
  if (errors.length > 0 || !header.unit || !header.period || !header.form) {
    const r = refusedResult(file.name, plugin.name, errors.items, warnings.items, names);
    await auditRefusal(ctx.warehouse, ctx.actor, r, sha256);
    return r;
  }
  applyRules(facts, header.form, draft.source, errors, warnings);
  return prepareDraft({
    ctx,
    file,
    plugin,
    sha256,
    draft,
    unit: header.unit,
    period: header.period,
    form: header.form,
    facts,
    errors: errors.items,
    warnings: warnings.items,
  });
}
