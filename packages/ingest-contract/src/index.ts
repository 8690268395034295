export type {
  IngestFile,
  IngestPlugin,
  IngestPluginMeta,
  Located,
  RawFact,
  RawValue,
  DraftIssue,
  SubmissionDraft,
  ReadContext,
} from './types';
export type { StageContext, StageResult, StagedItem, StagedHeader, StagingTables, StagingColumn } from './stage';
export { defineIngestPlugin, assertPluginShape } from './define';
export { makeIngestFile, HEAD_BYTES } from './ingest-file';
export { issue, located, errorDraft, cellRef, columnLetters, hasErrors } from './issues';
export { PluginShapeError, CONTRACT_ERROR_CODES, type ContractErrorCode } from './errors';
