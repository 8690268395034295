import { csvLongMeta, csvWideMeta } from '@tonghop/ingest-csv/meta';
import { excelFormMeta, excelTableMeta } from '@tonghop/ingest-excel/meta';
import type { PluginEntry } from './plugin-entry';

/**
 * THE registry of ingestion plugins (spec §3): one line per plugin, its static metadata and the
 * module whose default export is its factory, loaded only when a file is ingested (and the
 * plugin's heavy libraries only when it reads one). Pure: the web page derives its `accept`
 * from it (formats.ts). Adding a plugin: docs/ingest.md, "Adding a plugin".
 */
export const PLUGINS = {
  'csv-long': { meta: csvLongMeta, module: '@tonghop/ingest-csv/csv-long' },
  'csv-wide': { meta: csvWideMeta, module: '@tonghop/ingest-csv/csv-wide' },
  'excel-form': { meta: excelFormMeta, module: '@tonghop/ingest-excel/excel-form' },
  'excel-table': { meta: excelTableMeta, module: '@tonghop/ingest-excel/excel-table' },
} as const satisfies Record<string, PluginEntry>;
