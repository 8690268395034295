import { PipelineError } from './errors';
import { recordRun } from './run-log';
import { runPipeline } from './run-pipeline';
import type { RunContext, RunOptions, RunResult, SqlRunner } from './types';

/** A database that runs a callback inside one transaction, like Warehouse.write. */
export interface TransactionalDb {
  write<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
}

/**
 * Runs a pipeline inside `db.write` (all models or none), then logs the run — a failed one too —
 * in its own transaction so that the log survives the rollback.
 */
export async function runPipelineInTransaction(
  db: TransactionalDb,
  ctx: Omit<RunContext, 'db'>,
  opts: Omit<RunOptions, 'atomic' | 'log'>,
): Promise<RunResult> {
  let result: RunResult;
  try {
    result = await db.write((tx) => runPipeline({ ...ctx, db: tx }, { ...opts, atomic: false, log: false }));
  } catch (error: unknown) {
    if (error instanceof PipelineError && error.run !== undefined) {
      const failed = error.run;
      await db.write((tx) => recordRun(tx, failed));
    }
    throw error;
  }
  await db.write((tx) => recordRun(tx, result));
  return result;
}
