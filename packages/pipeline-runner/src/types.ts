import type { Logger } from '@tonghop/warehouse';

/** The little a pipeline needs from a database: one connection, statements run one after another. */
export interface SqlRunner {
  run(sql: string, params?: readonly unknown[]): Promise<unknown>;
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** `macro` = a DuckDB table macro (parametrised view); `function` = a scalar macro whose file is one expression. */
export type Materialization = 'view' | 'table' | 'macro' | 'function';

/** A column test as written in a model's `.yml`. */
export type ColumnTest =
  | { kind: 'not_null' }
  | { kind: 'unique' }
  | { kind: 'accepted_values'; values: unknown[] }
  /** Rows where `expression` is not true must not exist. */
  | { kind: 'expression'; expression: string };

/** A model-level test: `sql` must return zero rows; `unique_combination` over columns. */
export type ModelTest = { kind: 'sql'; name: string; sql: string } | { kind: 'unique_combination'; name: string; columns: string[] };

/** A value written in a unit test: a scalar or a list of them (rendered as a SQL literal). */
export type TestValue = string | number | boolean | null | TestValue[];

/**
 * A dbt-style unit test: given rows for every table, view or macro the model reads directly (its
 * `ref()`s and `source()`s; functions are used as they are), the model's rows must be `expect`
 * (compared as a multiset on the columns the expected rows name). `args` call a macro or function.
 */
export interface UnitTest {
  name: string;
  description: string;
  args: Record<string, TestValue>;
  given: { input: string; kind: 'ref' | 'source'; rows: Record<string, TestValue>[] }[];
  expect: Record<string, TestValue>[];
}

export interface ModelDef {
  name: string;
  /** Path of the `.sql` file, relative to the pipeline folder (`models/marts/x.sql`). */
  file: string;
  /** The stage folder: `staging`, `intermediate`, `marts` (or `.` when at the top). */
  stage: string;
  sql: string;
  description: string;
  materialized: Materialization;
  /** Parameters of a `macro` or `function` model. */
  params: string[];
  columns: { name: string; description: string; tests: ColumnTest[] }[];
  tests: ModelTest[];
  /** Given rows → expected rows, run after the model is built (not when it is kept). */
  unitTests: UnitTest[];
  /**
   * Tables only: SQL returning one value that changes whenever the model's inputs change. When it
   * (and the SQL of the model and of everything it refs) is unchanged since the last successful
   * build, and no table it refs was rebuilt in this run, the table is kept as it is.
   */
  fingerprint: string | null;
}

export interface ModelTiming {
  model: string;
  materialized: Materialization;
  ms: number;
  tests: number;
  /** `skipped`: kept as it was (a view or macro whose definition, or a table whose fingerprint, did not change). */
  status: 'ok' | 'failed' | 'skipped';
}

export interface RunResult {
  runId: string;
  pipeline: string;
  status: 'success' | 'failed';
  startedAt: Date;
  finishedAt: Date;
  ms: number;
  models: ModelTiming[];
  error?: { code: string; message: string; model?: string };
}

export interface RunContext {
  db: SqlRunner;
  /** Injected clock; tests pass a fixed one. */
  clock?: () => Date;
  /** Progress lines for developers (never user output): the workspace's one Logger type. */
  logger?: Logger;
}

export interface RunOptions {
  /** The pipeline folder, e.g. `pipelines/rollup`; its name is the schema. */
  dir: string;
  /** Values for `{{ var('name') }}`. */
  vars?: Record<string, string | number | boolean | null>;
  /** Wrap the run in one transaction (default true): a failing run leaves the previous models. */
  atomic?: boolean;
  /** Write the run to `main.pipeline_runs` (default true). */
  log?: boolean;
}
