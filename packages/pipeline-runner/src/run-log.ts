import type { RunResult, SqlRunner } from './types';

const CREATE = `create table if not exists main.pipeline_runs (
  run_id      varchar primary key,
  pipeline    varchar not null,
  status      varchar not null,     -- success | failed
  started_at  timestamptz not null,
  finished_at timestamptz not null,
  ms          double not null,
  models      json not null,        -- [{model, materialized, ms, tests, status}]
  error       json                  -- {code, message, model}
)`;

export async function ensureRunLog(db: SqlRunner): Promise<void> {
  await db.run(CREATE);
}

export async function recordRun(db: SqlRunner, run: RunResult): Promise<void> {
  await ensureRunLog(db);
  await db.run(`insert into main.pipeline_runs values ($1, $2, $3, $4::timestamptz, $5::timestamptz, $6, $7::json, $8::json)`, [
    run.runId,
    run.pipeline,
    run.status,
    run.startedAt.toISOString(),
    run.finishedAt.toISOString(),
    run.ms,
    JSON.stringify(run.models),
    run.error === undefined ? null : JSON.stringify(run.error),
  ]);
}

export interface StoredRun {
  runId: string;
  pipeline: string;
  status: 'success' | 'failed';
  startedAt: string;
  finishedAt: string;
  ms: number;
  models: RunResult['models'];
  error: RunResult['error'] | null;
}

/** The latest runs, newest first (for `GET /api/pipelines/runs`). */
export async function listRuns(db: SqlRunner, opts: { limit?: number; pipeline?: string } = {}): Promise<StoredRun[]> {
  await ensureRunLog(db);
  const rows = await db.query<Record<string, unknown>>(
    `select run_id, pipeline, status, strftime(started_at at time zone 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') as started_at,
            strftime(finished_at at time zone 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') as finished_at, ms, models::varchar as models, error::varchar as error
       from main.pipeline_runs where $1::varchar is null or pipeline = $1 order by started_at desc, run_id limit $2`,
    [opts.pipeline ?? null, opts.limit ?? 50],
  );
  return rows.map((r) => ({
    runId: String(r.run_id),
    pipeline: String(r.pipeline),
    status: r.status === 'success' ? 'success' : 'failed',
    startedAt: String(r.started_at),
    finishedAt: String(r.finished_at),
    ms: Number(r.ms),
    models: JSON.parse(String(r.models)) as RunResult['models'],
    error: r.error === null ? null : (JSON.parse(String(r.error)) as RunResult['error']),
  }));
}
