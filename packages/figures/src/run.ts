import { fileURLToPath } from 'node:url';
import { runPipelineInTransaction, type RunContext, type RunResult, type TransactionalDb } from '@tonghop/pipeline-runner';

/** The roll-up pipeline's folder in this repository. */
export const ROLLUP_PIPELINE_DIR = fileURLToPath(new URL('../../../pipelines/rollup', import.meta.url));

/**
 * Runs (refreshes) the roll-up pipeline in one warehouse transaction and logs it; call it after
 * each accepted upload. `db` is the Warehouse (its `write`).
 */
export function runRollupPipeline(db: TransactionalDb, ctx: Omit<RunContext, 'db'> = {}): Promise<RunResult> {
  return runPipelineInTransaction(db, ctx, { dir: ROLLUP_PIPELINE_DIR });
}
