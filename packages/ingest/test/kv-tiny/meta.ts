import type { IngestPluginMeta } from '@tonghop/ingest-contract';

// Step 1 of "Adding a plugin" (docs/ingest.md): the plugin's metadata, pure.
export const kvTinyMeta = { name: 'kv-tiny', label: 'Tệp khóa-giá trị', extensions: ['.kv'] } satisfies IngestPluginMeta;
