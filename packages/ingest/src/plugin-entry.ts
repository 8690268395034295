import type { IngestPluginMeta } from '@tonghop/ingest-contract';

/**
 * A registered plugin before it is loaded: what is known of it (pure), and where it lives —
 * a module specifier whose default export is the plugin's factory (`module`, as vitest's
 * CoverageProviderMap), or a loader (`load`, for plugins outside the workspace's packages and tests).
 */
export type PluginEntry = { meta: IngestPluginMeta; module: string } | { meta: IngestPluginMeta; load: () => Promise<unknown> };
