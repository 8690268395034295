import type { FormCode, Indicator } from '@tonghop/core';
import type { IngestFile, IngestPlugin } from '@tonghop/ingest-contract';
import { addLongRow } from '@tonghop/ingest-csv';
import { WarehouseQueryError, type Staging } from '@tonghop/warehouse';
import { ingestDraft, type FileRun } from '../ingest-draft';
import { isFileChanged, refuseChangedFile } from '../refuse';
import { prepareDraft, type PreparedDraft } from '../store';
import type { IngestResult } from '../types';
import { draftGroups, type DraftGroup, type RawGroups } from './groups';
import { loadGroups, loadKeys, loadValues } from './tables';
import { parseValues, resolveKeys, type KeyRow } from './keys';
import { rowsAreLines, stagedPlan, type StagedPlan } from './plan';
import { scanFile } from './scan';
import {
  checkQuery,
  factsSelect,
  groupRows,
  joinedRows,
  keyPairsQuery,
  rawGroupsQuery,
  valuesQuery,
  type KeyNumbers,
  type StagedTables,
} from './sql';

/** Long CSV files from this size on are read by DuckDB (the staged path). */
export const DEFAULT_STAGED_ABOVE_BYTES = 1024 * 1024;
/**
 * …up to this size: DuckDB holds the staged rows in memory (1M lines, 31 MB, peaked at ~620 MB;
 * 2M lines, 62 MB, at ~1.0 GB), while the plugin's two-pass reading stays bounded (~500 MB), so
 * bigger files go the plugin's way.
 */
export const DEFAULT_STAGED_UP_TO_BYTES = 64 * 1024 * 1024;

/** The staged path's answer: every result of the file, or the sha256 for the plugin's way. */
export type StagedOutcome = { results: IngestResult[] } | { fallback: string | null };

type Entry = { ready: IngestResult } | { draft: PreparedDraft };

/**
 * Ingests a long CSV by staging it in DuckDB: `read_csv` reads the rows, the distinct texts
 * (units, periods, indicators, values) are resolved once each by the orchestrator's own JS
 * functions, one SQL pass finds the groups that are not plainly clean, and those few are rebuilt
 * as drafts and go through `ingestDraft` like any plugin draft (same messages, same rules). The
 * clean ones are stored with one INSERT … SELECT, all in one transaction.
 *
 * Whenever the file might be read differently from the csv-long plugin (not UTF-8, a preamble,
 * blank lines, a field over two lines, a line DuckDB refuses, a line without unit or period)
 * the answer is `fallback` and the plugin reads it: results are the same either way.
 */
export async function ingestStaged(file: IngestFile, plugin: IngestPlugin, run: FileRun): Promise<StagedOutcome> {
  const from = run.ctx.stagedAboveBytes ?? DEFAULT_STAGED_ABOVE_BYTES;
  const upTo = run.ctx.stagedUpToBytes ?? DEFAULT_STAGED_UP_TO_BYTES;
  if (plugin.name !== 'csv-long' || file.size < from || file.size > upTo) return { fallback: null };
  const plan = stagedPlan(file);
  if (!plan) return { fallback: null };
  const st = run.ctx.warehouse.staging();
  try {
    return await stagedFile(file, plugin, run, plan, st);
  } finally {
    await st.close();
  }
}

async function stagedFile(file: IngestFile, plugin: IngestPlugin, run: FileRun, plan: StagedPlan, st: Staging): Promise<StagedOutcome> {
  const { ctx } = run;
  const progress = (share: number) =>
    ctx.onProgress?.({ kind: 'file-progress', file: file.name, done: Math.round(file.size * share), total: file.size });
  const scanning = scanFile(file.path);
  const staged = await st.stageCsv('rows', file.path, plan).catch((error: unknown) => {
    if (error instanceof WarehouseQueryError) return null; // DuckDB reads it otherwise than the plugin would
    throw error;
  });
  const scan = await scanning;
  if (staged === null || !rowsAreLines(scan, staged)) return { fallback: scan.sha256 };
  ctx.signal?.throwIfAborted();
  progress(0.4);

  // Up to here nothing is written: a query DuckDB refuses sends the file the plugin's way.
  const analysed = await analyse(file, run, plan, st).catch((error: unknown) => {
    if (error instanceof WarehouseQueryError) return null;
    throw error;
  });
  if (!analysed) return { fallback: scan.sha256 };
  const { groups, t, counts } = analysed;
  ctx.signal?.throwIfAborted();
  progress(0.7);

  // The original bytes are copied while the few groups that need it go the plugin's way.
  const state = { blobStored: counts.size > 0 };
  const [rebuilding, kept] = await Promise.allSettled([
    rebuildDrafts(
      t,
      groups.filter((g) => !counts.has(g.grp)),
      file,
      plugin,
      scan.sha256,
      run,
      state,
    ),
    counts.size > 0 ? ctx.warehouse.blobs.put(file.path, scan.sha256) : null,
  ]);
  const failures = [rebuilding, kept].flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
  if (failures.some(isFileChanged)) {
    // The bytes are no longer those staged and hashed: the file is refused, nothing of it stored.
    const ready = rebuilding.status === 'fulfilled' ? [...rebuilding.value.values()].flatMap((e) => ('ready' in e ? [e.ready] : [])) : [];
    return { results: [...ready, await refuseChangedFile(ctx.warehouse, ctx.actor, file.name, plugin.name, scan.sha256)] };
  }
  if (rebuilding.status === 'rejected' || failures.length > 0) throw failures[0];
  const rebuilt = rebuilding.value;
  const entries: Entry[] = groups.map((g) => {
    const n = counts.get(g.grp);
    if (n === undefined || !g.header) return rebuilt.get(g.grp) as Entry;
    const prepared = prepareDraft({
      ctx,
      file,
      plugin,
      sha256: scan.sha256,
      draft: g.draft,
      ...g.header,
      facts: [],
      errors: [],
      warnings: [],
    });
    prepared.submission.staged = { group: g.grp, count: n };
    return { draft: prepared };
  });
  const toStore = entries.flatMap((e) => ('draft' in e ? [e.draft] : []));
  const stored = await ctx.warehouse.storeSubmissions(
    toStore.map((d) => d.submission),
    { staged: { sql: factsSelect(t) } },
  );
  progress(1);
  let next = 0;
  return { results: entries.map((e) => ('ready' in e ? e.ready : e.draft.finish(stored[next++] ?? missing()))) };
}

/** The file's groups, resolved, and the fact count of each plainly clean one; null when a line has no unit or period. */
async function analyse(file: IngestFile, run: FileRun, plan: StagedPlan, st: Staging) {
  const base = { st, cols: plan.cols };
  const raw = (await st.columns(rawGroupsQuery(base))) as unknown as RawGroups;
  const groups = draftGroups(raw, file.name, run.units, run.ctx.mayUploadFor);
  if (!groups) return null;
  const forms = [...new Set(groups.list.flatMap((g) => (g.header ? [g.header.form] : [])))];
  const t: StagedTables = { ...base, byForm: forms.length > 1, values: false };
  await loadGroups(st, groups.list, groups.ofRaw, raw);
  const counts = forms.length > 0 ? await cleanCounts(t, forms, file.name) : new Map<number, number>();
  return { groups: groups.list, t, counts };
}

function missing(): never {
  throw new Error('staged ingest: fewer stored rows than drafts');
}

/** Resolves keys and values into staging tables, then the fact count of every plainly clean group. */
async function cleanCounts(t: StagedTables, forms: FormCode[], file: string): Promise<Map<number, number>> {
  const { st } = t;
  const keys = resolveKeys((await st.columns(keyPairsQuery(t))) as { i: string[]; o: string[] }, forms, file);
  await loadKeys(st, keys);
  const indicators = new Map<string, Indicator>(keys.flatMap((k) => (k.indicator ? [[k.indicator.code, k.indicator]] : [])));
  const values = parseValues((await st.columns(valuesQuery(t))) as { v: string[]; ind: string[] }, indicators);
  if (values.length > 0) {
    await loadValues(st, values);
    t.values = true;
  }
  await st.createAs('joined', joinedRows(t));
  const check = checkQuery(t, forms, keyNumbers(keys));
  const out = (await st.columns(check.sql, check.params)) as { grp: number[]; n: number[]; dirty: boolean[] };
  const counts = new Map<number, number>();
  out.grp.forEach((grp, i) => {
    if (out.dirty[i] === false) counts.set(grp, out.n[i] ?? 0);
  });
  return counts;
}

/** The numbers of the resolved pairs by indicator: its own value's, and its options'. */
function keyNumbers(keys: readonly KeyRow[]): KeyNumbers {
  const total = new Map<string, number>();
  const options = new Map<string, Set<number>>();
  for (const key of keys) {
    if (key.k === null || !key.indicator) continue;
    if (key.option === null) total.set(key.indicator.code, key.k);
    else options.set(key.indicator.code, (options.get(key.indicator.code) ?? new Set()).add(key.k));
  }
  return { total, options: new Map([...options].map(([code, ks]) => [code, [...ks]])) };
}

/** The drafts of the groups that are not plainly clean, rebuilt from their rows and put through `ingestDraft`. */
async function rebuildDrafts(
  t: StagedTables,
  dirty: readonly DraftGroup[],
  file: IngestFile,
  plugin: IngestPlugin,
  sha256: string,
  run: FileRun,
  state: { blobStored: boolean },
): Promise<Map<number, Entry>> {
  const out = new Map<number, Entry>();
  if (dirty.length === 0) return out;
  const drafts = new Map(dirty.map((g) => [g.grp, g.draft]));
  const rows = (await t.st.columns(groupRows(t), [[...drafts.keys()]])) as {
    r: number[];
    grp: number[];
    i: string[];
    o: string[];
    v: string[];
  };
  rows.r.forEach((r, n) => {
    const draft = drafts.get(rows.grp[n] ?? -1);
    if (draft) addLongRow(draft, file.name, r + 2, rows.i[n] ?? '', rows.o[n] ?? '', rows.v[n] ?? '');
  });
  for (const [grp, draft] of drafts) {
    const outcome = await ingestDraft(file, plugin, sha256, draft, run, state);
    out.set(grp, 'submission' in outcome ? { draft: outcome } : { ready: outcome });
  }
  return out;
}
