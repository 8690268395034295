import type { IngestPluginMeta } from '@tonghop/ingest-contract';

// What is known of the CSV plugins without loading them (pure: the web page imports it for its `accept`).

const CSV_EXTENSIONS: readonly string[] = ['.csv', '.txt', '.tsv'];

export const csvLongMeta = { name: 'csv-long', label: 'CSV dạng dài', extensions: CSV_EXTENSIONS } satisfies IngestPluginMeta;
export const csvWideMeta = { name: 'csv-wide', label: 'CSV dạng rộng', extensions: CSV_EXTENSIONS } satisfies IngestPluginMeta;
