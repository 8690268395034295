import type { IngestPlugin } from '@tonghop/ingest-contract';
import * as csv from '@tonghop/ingest-csv';
import * as excel from '@tonghop/ingest-excel';

type Factory = () => IngestPlugin;

/** The factories of spec §3, in detection order of preference (ties are errors anyway). */
const FACTORIES: [string, Record<string, unknown>, string][] = [
  ['csv-long', csv, 'csvLong'],
  ['csv-wide', csv, 'csvWide'],
  ['excel-form', excel, 'excelForm'],
  ['excel-table', excel, 'excelTable'],
];

/**
 * The four plugins of spec §3 by name (those whose package exports the factory). Their heavy
 * libraries load only when a file is read.
 */
export function defaultPlugins(): Record<string, IngestPlugin> {
  const out: Record<string, IngestPlugin> = {};
  for (const [, mod, exportName] of FACTORIES) {
    const factory = mod[exportName];
    if (typeof factory !== 'function') continue;
    const plugin = (factory as Factory)();
    out[plugin.name] = plugin;
  }
  return out;
}
