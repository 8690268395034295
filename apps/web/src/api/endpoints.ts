import type { UnitHistoryBody } from '@tonghop/api';
import { getJson, postForm } from './http';
import { arrayIn, isObj, str } from './read';
import { readCatalog } from './read-catalog';
import { readCompleteness, readRollup } from './read-figures';
import { readIngestResults } from './read-ingest';
import { readLineage } from './read-lineage';
import { readUnits } from './read-units';
import { ApiError } from '../errors';
import type { Catalog, Completeness, FormCode, IngestResult, Me, Rollup, Unit } from './types';
import type { LineageSubmission } from './read-lineage';

export const fetchUnits = async (): Promise<Unit[]> => readUnits(await getJson('units'));
export const fetchCatalog = async (): Promise<Catalog> => readCatalog(await getJson('catalog'));

export async function fetchRollup(unit: string, period: string, group?: string): Promise<Rollup> {
  return readRollup(await getJson('rollups', { unit, period, group }));
}

export async function fetchCompleteness(unit: string, period: string, form: FormCode): Promise<Completeness> {
  return readCompleteness(await getJson('completeness', { unit, period, form }), form);
}

export async function fetchLineage(unit: string, period: string, indicator: string): Promise<LineageSubmission[]> {
  return readLineage(await getJson('lineage', { unit, period, indicator }));
}

/** The periods that have submissions (needs `read:submissions`; the API has no period list). */
export async function fetchSubmittedPeriods(): Promise<string[]> {
  const body = await getJson('submissions', { limit: 5000 });
  const periods = new Set<string>();
  for (const item of arrayIn(body, 'submissions', 'items')) {
    const period = isObj(item) ? str(item.period) : null;
    if (period) periods.add(period);
  }
  return [...periods];
}

/** For readers without `read:submissions`: the recent years and halves whose roll-up has figures. */
export async function probePeriods(unit: string, now: Date, years = 6): Promise<string[]> {
  const year = now.getFullYear();
  const candidates = Array.from({ length: years }, (_, i) => year - i).flatMap((y) => [`${y}`, `${y}S1`, `${y}S2`]);
  const found = await Promise.all(
    candidates.map(async (p) => ((await fetchRollup(unit, p)).figures.some((f) => f.value !== null) ? p : null)),
  );
  return found.filter((p): p is string => p !== null);
}

/** Who the token belongs to (GET /api/me). */
export async function fetchMe(): Promise<Me> {
  const body = await getJson('me');
  const obj = isObj(body) ? body : {};
  const user = isObj(obj.user) ? obj.user : obj;
  return {
    name: str(user.name),
    role: str(user.role) as Me['role'],
    unit: str(user.unit) ?? str(user.unit_code),
    anonymous: user.anonymous === true,
  };
}

/** A reference list the role may not read (403) is empty rather than an error. */
export async function orEmpty<T>(load: Promise<T>, empty: T): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return empty;
    throw error;
  }
}

export async function uploadFiles(files: readonly File[]): Promise<IngestResult[]> {
  const body = new FormData();
  for (const file of files) body.append('file', file, file.name);
  return readIngestResults(await postForm('submissions', body));
}

/** A unit's versions, predecessors and successors (spec §6). */
export const fetchUnitHistory = (code: string): Promise<UnitHistoryBody> => getJson(`units/${encodeURIComponent(code)}/history`);
