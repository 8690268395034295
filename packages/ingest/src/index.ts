export { createRegistry, checkPluginShape, MIN_CONFIDENCE, type PluginRegistry, type Detection } from './registry';
export { defaultPlugins } from './default-plugins';
export { ingestPaths, ingestFile, collect } from './ingest-paths';
export { expandPaths, isSkipped } from './files';
export { IngestError, INGEST_CODES, type IngestCode } from './errors';
export { cellRef, placeText } from './place';
export type { IngestContext, IngestIssue, IngestProgress, IngestResult, IngestSource, IngestStatus } from './types';
