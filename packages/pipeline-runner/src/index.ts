export type {
  SqlRunner,
  ModelDef,
  ColumnTest,
  ModelTest,
  UnitTest,
  TestValue,
  Materialization,
  ModelTiming,
  RunResult,
  RunContext,
  RunOptions,
} from './types';
export { PipelineError, PipelineConfigError, PipelineCycleError, ModelQueryError, ModelTestError, ModelUnitTestError } from './errors';
export { discoverModels } from './discover';
export { compileSql } from './compile';
export { topologicalOrder } from './graph';
export { planPipeline, runPipeline } from './run-pipeline';
export { runAllPipelines } from './run-all';
export { listRuns, ensureRunLog, type StoredRun } from './run-log';
export { duckdbRunner } from './duckdb-runner';
export { quoteIdent } from './quote';
export { runPipelineInTransaction, type TransactionalDb } from './run-in-transaction';
