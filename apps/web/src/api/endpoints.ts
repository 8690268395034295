import type { FormCode, Unit } from '@tonghop/core';
import { ApiError } from '../errors';
import { flattenUnits } from './unit-tree';
import type { Completeness, IngestResult, Lineage, Me, PeriodInfo, PeriodsBody, Rollup, UnitHistoryBody, UnitNode } from './contract';
import { createHttp, saveFile, type ApiTarget } from './http';

/** Every call the page makes, typed with the API's own types (see ./contract.ts). */
export function createApi(target: ApiTarget) {
  const http = createHttp(target);
  return {
    signedIn: (): boolean => target.token() !== null,
    me: () => http.get<Me>('me'),
    units: async (): Promise<Unit[]> => flattenUnits((await http.get<{ units: UnitNode[] }>('units')).units),
    /** The periods that have data, oldest first (GET /api/periods). */
    periods: async (): Promise<PeriodInfo[]> => (await http.get<PeriodsBody>('periods')).periods,
    rollup: (unit: string, period: string, group?: string, compare?: 'previous-year' | 'previous-period') =>
      http.get<Rollup>('rollups', { unit, period, group, compare }),
    completeness: (unit: string, period: string, form: FormCode) => http.get<Completeness>('completeness', { unit, period, form }),
    lineage: (unit: string, period: string, indicator: string) => http.get<Lineage>('lineage', { unit, period, indicator }),
    /** A unit's versions, predecessors and successors (spec §6). */
    unitHistory: (code: string) => http.get<UnitHistoryBody>(`units/${encodeURIComponent(code)}/history`),
    upload(files: readonly File[]): Promise<IngestResult[]> {
      const body = new FormData();
      for (const file of files) body.append('file', file, file.name);
      return http.post<IngestResult[]>('submissions', body);
    },
    fileUrl: (id: number) => http.url(`submissions/${id}/file`),
    downloadFile: async (id: number, name: string) => saveFile(await http.file(`submissions/${id}/file`, {}, name)),
    downloadWorkbook: async (unit: string, period: string) =>
      saveFile(await http.file('export.xlsx', { unit, period }, `tong-hop-${unit}-${period}.xlsx`)),
    downloadReport: async (unit: string, period: string) =>
      saveFile(await http.file('report.docx', { unit, period }, `bao-cao-${unit}-${period}.docx`)),
  };
}

export type Api = ReturnType<typeof createApi>;

/** A reference list the role may not read (403) is empty rather than an error. */
export async function orEmpty<T>(load: Promise<T>, empty: T): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return empty;
    throw error;
  }
}
