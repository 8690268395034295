export type {
  ReadDb,
  Rollup,
  RollupFigure,
  FigureComparison,
  Completeness,
  DeadlineDays,
  PeriodKind,
  Lineage,
  LineageSubmission,
  LineageCell,
  SubmissionOrigin,
} from './types';
export { FiguresError, type FiguresErrorCode } from './errors';
export { getRollup, type RollupQuery } from './rollup';
export { getCompleteness, summarizeCompleteness, type CompletenessQuery, type CompletenessRow } from './completeness';
export { getLineage, type LineageQuery } from './lineage';
export { getSources, type Sources, type SourcesQuery } from './sources';
export { DEFAULT_DEADLINE_DAYS, deadlineInstant } from './deadlines';
export { runRollupPipeline, ROLLUP_PIPELINE_DIR } from './run';
export { rollupModels, ROLLUP_SCHEMA, type RollupModel } from './models';
export { compareFigures } from './compare';
