export { testIngestPlugin, type TestIngestPluginOptions } from './suite';
export { loadFixtureCases, type IngestCase } from './cases';
export { normalizeDrafts, stringifyCompact } from './golden';
export { readAll } from './read-all';
export { checkDraftSources } from './sources';
