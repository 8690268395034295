import { randomUUID } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { compileSql, type CompiledSql } from './compile';
import { discoverModels } from './discover';
import { ModelQueryError, ModelTestError, ModelUnitTestError, PipelineError } from './errors';
import { topologicalOrder } from './graph';
import { loadKeepState, modelKey, storeKeys, upstream } from './fingerprint';
import { dropOtherKind, materializeSql, modelBody } from './materialize';
import { recordRun } from './run-log';
import { errorPosition } from './sql-position';
import { testQueries } from './test-sql';
import { runUnitTest } from './unit-tests';
import type { ModelDef, ModelTiming, RunContext, RunOptions, RunResult } from './types';

/** A model ready to run: its definition and compiled SQL. */
export interface PlannedModel {
  model: ModelDef;
  compiled: CompiledSql;
}

/** Discovers, compiles and orders a pipeline's models without touching the database. */
export async function planPipeline(dir: string, vars: RunOptions['vars'] = {}): Promise<{ schema: string; models: PlannedModel[] }> {
  const schema = basename(resolve(dir));
  const models = await discoverModels(dir);
  const compiled = new Map(models.map((m) => [m.name, compileSql(m.sql, { schema, vars, file: m.file })]));
  const deps = new Map([...compiled].map(([name, c]) => [name, c.refs]));
  const order = topologicalOrder(
    models.map((m) => m.name),
    deps,
    new Map(models.map((m) => [m.name, m.file])),
  );
  const byName = new Map(models.map((m) => [m.name, m]));
  return { schema, models: order.map((name) => ({ model: byName.get(name)!, compiled: compiled.get(name)! })) };
}

/**
 * Materialises every model of the pipeline at `opts.dir` into the schema named like the folder,
 * in dependency order, running each model's tests after it. Logs the run in `main.pipeline_runs`.
 * Throws ModelQueryError / ModelTestError (after logging) when a model or a test fails.
 */
export async function runPipeline(ctx: RunContext, opts: RunOptions): Promise<RunResult> {
  const clock = ctx.clock ?? (() => new Date());
  const { db } = ctx;
  const vars = opts.vars ?? {};
  const { schema, models } = await planPipeline(opts.dir, vars);
  const startedAt = clock();
  const t0 = performance.now();
  const timings: ModelTiming[] = [];
  const atomic = opts.atomic ?? true;
  let failure: PipelineError | null = null;
  if (atomic) await db.run('begin transaction');
  try {
    const byName = new Map(models.map((p) => [p.model.name, p]));
    const state = await loadKeepState(db, schema);
    const rebuilt = new Set<string>();
    const newKeys = new Map<string, string>();
    for (const planned of models) {
      const { model, compiled } = planned;
      const m0 = performance.now();
      const timing: ModelTiming = { model: model.name, materialized: model.materialized, ms: 0, tests: 0, status: 'failed' };
      timings.push(timing);
      const key = await modelKey(db, planned, byName, schema, vars, state);
      const kept =
        key !== null &&
        state.stored.get(model.name) === key &&
        state.objects.get(model.name)?.has(model.materialized) === true &&
        (model.materialized !== 'table' || ![...upstream(planned, byName)].some((n) => rebuilt.has(n)));
      if (!kept) {
        if (model.materialized === 'table') rebuilt.add(model.name);
        await dropOtherKind(db, model, schema, state.objects.get(model.name) ?? new Set());
        const statement = materializeSql(model, schema, modelBody(compiled.sql));
        try {
          await db.run(statement);
        } catch (error: unknown) {
          const pos = errorPosition(error instanceof Error ? error.message : String(error), statement);
          const src = pos === null || pos.line < 2 ? null : compiled.toSource(pos.line - 1, pos.column);
          throw new ModelQueryError(model.name, model.file, src?.line ?? null, src?.column ?? null, statement, error);
        }
      }
      // A kept table holds the data its tests passed on; a view's rows change with its sources.
      if (model.materialized === 'view' || (model.materialized === 'table' && !kept)) {
        for (const test of testQueries(model, schema, vars)) {
          const bad = await db.query<Record<string, unknown>>(`select * from (${test.sql}) limit 5`, test.params);
          timing.tests += 1;
          if (bad.length > 0) {
            const [{ n }] = (await db.query<{ n: number }>(`select count(*)::double as n from (${test.sql})`, test.params)) as [
              { n: number },
            ];
            throw new ModelTestError(model.name, test.name, test.column, n, bad);
          }
        }
      }
      // Unit tests check the logic, which only changes when the model is rebuilt.
      if (!kept) {
        for (const test of model.unitTests) {
          await runUnitTest(db, planned, byName, schema, vars, test);
          timing.tests += 1;
        }
      }
      if (key !== null && !kept) newKeys.set(model.name, key);
      timing.ms = round(performance.now() - m0);
      timing.status = kept ? 'skipped' : 'ok';
      ctx.logger?.info(
        kept ? `${schema}.${model.name} unchanged, kept` : `${schema}.${model.name} (${model.materialized}) ${timing.ms} ms`,
      );
    }
    await storeKeys(db, schema, newKeys);
    if (atomic) await db.run('commit');
  } catch (error: unknown) {
    if (atomic) await db.run('rollback');
    if (!(error instanceof PipelineError)) throw error;
    failure = error;
  }
  const finishedAt = clock();
  const result: RunResult = {
    runId: randomUUID(),
    pipeline: schema,
    status: failure === null ? 'success' : 'failed',
    startedAt,
    finishedAt,
    ms: round(performance.now() - t0),
    models: timings,
    ...(failure === null ? {} : { error: { code: failure.code, message: failure.message, ...modelOf(failure) } }),
  };
  if (opts.log ?? true) await recordRun(db, result);
  if (failure !== null) {
    failure.run = result;
    throw failure;
  }
  return result;
}

function modelOf(error: PipelineError): { model?: string } {
  return error instanceof ModelQueryError || error instanceof ModelTestError || error instanceof ModelUnitTestError
    ? { model: error.model }
    : {};
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
