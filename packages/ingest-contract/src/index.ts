export type {
  IngestFile,
  IngestPlugin,
  Located,
  RawFact,
  RawValue,
  DraftIssue,
  SubmissionDraft,
  ReadContext,
} from './types';
export { defineIngestPlugin, assertPluginShape } from './define';
export { makeIngestFile, HEAD_BYTES } from './ingest-file';
export { issue, located, errorDraft, cellRef, columnLetters, hasErrors } from './issues';
export { PluginShapeError, CONTRACT_ERROR_CODES, type ContractErrorCode } from './errors';
