import type { IngestFile, IngestPlugin, StageContext, StagedHeader } from '@tonghop/ingest-contract';
import type { Warehouse } from '@tonghop/warehouse';
import type { FileBlob } from './draft-buffer';
import { ingestDraft, type FileRun } from './ingest-draft';
import { IssueList } from './issues';
import { resolveHeader } from './resolve-header';
import { resolveFactKey } from './resolve-facts';
import { prepareDraft, type PreparedDraft } from './store';
import type { IngestResult } from './types';

/** Files from this size on go to a plugin's `stage` when it has one. */
export const DEFAULT_STAGED_ABOVE_BYTES = 1024 * 1024;
/**
 * …up to this size: DuckDB holds the staged rows in memory (1M lines, 31 MB, peaked at ~620 MB;
 * 2M lines, 62 MB, at ~1.0 GB), while a plugin's streaming `read` stays bounded, so bigger files
 * are read.
 */
export const DEFAULT_STAGED_UP_TO_BYTES = 64 * 1024 * 1024;

/** The staging view the plugin leaves the clean submissions' facts in. */
const FACTS = 'facts';

type Entry = { ready: IngestResult } | { draft: PreparedDraft };

/**
 * A file through its plugin's optional `stage` capability: the plugin gets the warehouse's
 * staging tables and the orchestrator's own resolving functions, and answers the file's
 * submissions — plainly clean ones, whose facts it left in a staging view, and drafts that go the
 * usual way (`ingestDraft`). All of them are stored in one transaction. Null when the plugin has no
 * `stage`, the file's size is outside the staged range, or the plugin declines: `read` takes it.
 */
export async function stageFile(
  file: IngestFile,
  plugin: IngestPlugin,
  sha256: string,
  blob: FileBlob,
  run: FileRun,
): Promise<IngestResult[] | null> {
  const { ctx } = run;
  const from = ctx.stagedAboveBytes ?? DEFAULT_STAGED_ABOVE_BYTES;
  const upTo = ctx.stagedUpToBytes ?? DEFAULT_STAGED_UP_TO_BYTES;
  if (!plugin.stage || file.size < from || file.size > upTo) return null;
  const staging = ctx.warehouse.staging();
  try {
    const staged = await plugin.stage(file, stageContext(file, run, staging));
    if (!staged) return null;
    const entries: Entry[] = [];
    for (const item of staged.items) {
      if (!('group' in item)) {
        const outcome = await ingestDraft(file, plugin, sha256, item.draft, run);
        entries.push('submission' in outcome ? { draft: outcome } : { ready: outcome });
        continue;
      }
      const prepared = prepareDraft({ ctx, file, plugin, sha256, draft: item.draft, ...item.header, facts: [], errors: [], warnings: [] });
      prepared.submission.staged = { group: item.group, count: item.facts };
      entries.push({ draft: prepared });
    }
    return await store(ctx.warehouse, entries, staging, blob);
  } finally {
    await staging.close();
  }
}

function stageContext(file: IngestFile, run: FileRun, staging: ReturnType<Warehouse['staging']>): StageContext {
  const { ctx } = run;
  return {
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    onProgress: (done, total) => ctx.onProgress?.({ kind: 'file-progress', file: file.name, done, total }),
    staging,
    factsTable: FACTS,
    resolveHeader(draft): StagedHeader | null {
      const issues = new IssueList(file.name);
      const { unit, period, form } = resolveHeader(draft, run.units, issues);
      if (issues.length > 0 || !unit || !period || !form) return null;
      if (ctx.mayUploadFor && !ctx.mayUploadFor(unit)) return null;
      return { unit, period, form };
    },
    resolveFactKey: (text, option, form) => resolveFactKey(text, option, form, { file: file.name }, new IssueList(file.name)),
  };
}

async function store(
  warehouse: Warehouse,
  entries: readonly Entry[],
  staging: ReturnType<Warehouse['staging']>,
  blob: FileBlob,
): Promise<IngestResult[]> {
  const drafts = entries.flatMap((e) => ('draft' in e ? [e.draft] : []));
  if (drafts.length > 0) await warehouse.blobs.sync([blob.blob.sha256]);
  const stored = await warehouse.storeSubmissions(
    drafts.map((d) => d.submission),
    { staged: { staging, table: FACTS } },
  );
  if (drafts.length > 0) blob.kept = true;
  let next = 0;
  return entries.map((e) => ('ready' in e ? e.ready : e.draft.finish(stored[next++] ?? missing())));
}

function missing(): never {
  throw new Error('staged ingest: fewer stored rows than drafts');
}
