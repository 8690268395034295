import type { IngestFile, IngestPlugin, ReadContext, SubmissionDraft } from '../types';

/** Collects every draft a plugin yields for a file (tests and small tools only). */
export async function readAll(plugin: IngestPlugin, file: IngestFile, ctx: ReadContext = {}): Promise<SubmissionDraft[]> {
  const drafts: SubmissionDraft[] = [];
  for await (const draft of plugin.read(file, ctx)) drafts.push(draft);
  return drafts;
}
