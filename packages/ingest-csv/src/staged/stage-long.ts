import type { FormCode, Indicator } from '@tonghop/core';
import type { IngestFile, StageContext, StagedItem, StageResult } from '@tonghop/ingest-contract';
import { addLongRow } from '../long-reader';
import { draftGroups, type DraftGroup, type RawGroups } from './groups';
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
import { loadGroups, loadKeys, loadValues } from './tables';

/** DuckDB refused a query (the warehouse's WarehouseQueryError): the file is read the plugin's way instead. */
const refusedByDuckDb = (error: unknown) => (error as { code?: unknown } | null)?.code === 'QUERY_FAILED';

async function orNull<T>(work: Promise<T>): Promise<T | null> {
  return work.catch((error: unknown) => {
    if (refusedByDuckDb(error)) return null;
    throw error;
  });
}

/**
 * csv-long's `stage` capability: DuckDB's `read_csv` stages the rows in the orchestrator's
 * staging tables, the distinct texts (units, periods, indicators, values) are resolved once each
 * by the orchestrator's own functions (the stage context), one SQL pass finds the groups that are
 * not plainly clean, and those few are rebuilt as the drafts `read` would yield (they go the usual
 * way). The clean ones' facts are left in the context's facts view for the store.
 *
 * Whenever the file might be read differently from `read` (not UTF-8, a preamble, blank lines, a
 * field over two lines, a line DuckDB refuses, a line without unit or period) the answer is null
 * and `read` takes the file: results are the same either way. Nothing is written here.
 */
export async function stageLong(file: IngestFile, ctx: StageContext): Promise<StageResult | null> {
  const plan = stagedPlan(file);
  if (!plan) return null;
  const st = ctx.staging;
  const progress = (share: number) => ctx.onProgress?.(Math.round(file.size * share), file.size);
  const [staged, scan] = await Promise.all([orNull(st.stageCsv('rows', file.path, plan)), scanFile(file.path)]);
  if (staged === null || !rowsAreLines(scan, staged)) return null;
  ctx.signal?.throwIfAborted();
  progress(0.4);

  const analysed = await orNull(analyse(file, ctx, plan));
  if (!analysed) return null;
  const { groups, t, counts } = analysed;
  ctx.signal?.throwIfAborted();
  progress(0.7);

  const rebuilt = await rebuildDrafts(
    t,
    groups.filter((g) => !counts.has(g.grp)),
    file,
  );
  await st.createView(ctx.factsTable, factsSelect(t));
  const items = groups.map((g): StagedItem => {
    const facts = counts.get(g.grp);
    if (facts === undefined || !g.header) return { draft: rebuilt.get(g.grp) ?? g.draft };
    return { draft: g.draft, header: g.header, group: g.grp, facts };
  });
  progress(1);
  return { items };
}

/** The file's groups, resolved, and the fact count of each plainly clean one; null when a line has no unit or period. */
async function analyse(file: IngestFile, ctx: StageContext, plan: StagedPlan) {
  const st = ctx.staging;
  const base = { st, cols: plan.cols };
  const raw = (await st.columns(rawGroupsQuery(base))) as unknown as RawGroups;
  const groups = draftGroups(raw, file.name, ctx.resolveHeader);
  if (!groups) return null;
  const forms = [...new Set(groups.list.flatMap((g) => (g.header ? [g.header.form] : [])))];
  const t: StagedTables = { ...base, byForm: forms.length > 1, values: false };
  await loadGroups(st, groups.list, groups.ofRaw, raw);
  const counts = forms.length > 0 ? await cleanCounts(t, forms, ctx) : new Map<number, number>();
  return { groups: groups.list, t, counts };
}

/** Resolves keys and values into staging tables, then the fact count of every plainly clean group. */
async function cleanCounts(t: StagedTables, forms: FormCode[], ctx: StageContext): Promise<Map<number, number>> {
  const { st } = t;
  const keys = resolveKeys((await st.columns(keyPairsQuery(t))) as { i: string[]; o: string[] }, forms, ctx.resolveFactKey);
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

/** The drafts of the groups that are not plainly clean, rebuilt from their rows as `read` makes them. */
async function rebuildDrafts(t: StagedTables, dirty: readonly DraftGroup[], file: IngestFile) {
  const drafts = new Map(dirty.map((g) => [g.grp, g.draft]));
  if (dirty.length === 0) return drafts;
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
  return drafts;
}
