import type { IngestPlugin } from '@tonghop/ingest-contract';
import { csvLong, csvWide } from '@tonghop/ingest-csv';
import { excelForm, excelTable } from '@tonghop/ingest-excel';

/**
 * The four plugins of spec §3, by name, for `createRegistry`. Their heavy libraries (exceljs)
 * load only when a file is read.
 */
export function defaultPlugins(): Record<string, IngestPlugin> {
  const list: IngestPlugin[] = [csvLong(), csvWide(), excelForm(), excelTable()];
  return Object.fromEntries(list.map((p) => [p.name, p]));
}
