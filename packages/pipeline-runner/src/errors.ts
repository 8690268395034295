import { TonghopError } from '@tonghop/core';

/** Errors of the pipeline runner. Each has a stable `code`; `cause` keeps the database error. */

export class PipelineError extends TonghopError {
  /** Set by runPipeline on the error it throws: the failed run, with the timings so far. */
  run?: import('./types').RunResult;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'PipelineError';
  }
}

/** Bad model files: unreadable yml, unknown ref, unknown var, duplicate model. */
export class PipelineConfigError extends PipelineError {
  override name = 'PipelineConfigError';
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super('PIPELINE_CONFIG', message);
  }
}

/** `ref()` calls that go round in a circle; `cycle` lists the models, first repeated at the end. */
export class PipelineCycleError extends PipelineError {
  override name = 'PipelineCycleError';
  constructor(readonly cycle: string[]) {
    super('PIPELINE_CYCLE', `Các mô hình tham chiếu vòng tròn: ${cycle.join(' → ')}`);
  }
}

/** A model's SQL failed in DuckDB (like drizzle's DrizzleQueryError): model, file and position. */
export class ModelQueryError extends PipelineError {
  override name = 'ModelQueryError';
  constructor(
    readonly model: string,
    readonly file: string,
    readonly line: number | null,
    readonly column: number | null,
    readonly sql: string,
    cause: unknown,
  ) {
    const where = line === null ? file : `${file}:${line}:${column ?? 1}`;
    const reason = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    super('PIPELINE_MODEL_FAILED', `Mô hình "${model}" lỗi tại ${where}: ${reason}`, { cause });
  }
}

/** A column or model test found rows that break it. */
export class ModelTestError extends PipelineError {
  override name = 'ModelTestError';
  constructor(
    readonly model: string,
    readonly test: string,
    readonly column: string | null,
    readonly failures: number,
    readonly sample: Record<string, unknown>[],
  ) {
    const what = column === null ? test : `${test} trên cột "${column}"`;
    super('PIPELINE_TEST_FAILED', `Kiểm tra ${what} của mô hình "${model}" không đạt: ${failures} dòng vi phạm`);
  }
}

/**
 * A unit test's model rows differ from the expected ones: `missing` expected rows the model did
 * not return, `extra` rows it returned that were not expected (counts, and up to 5 of each).
 */
export class ModelUnitTestError extends PipelineError {
  override name = 'ModelUnitTestError';
  constructor(
    readonly model: string,
    readonly test: string,
    readonly file: string,
    readonly missing: { count: number; sample: Record<string, unknown>[] },
    readonly extra: { count: number; sample: Record<string, unknown>[] },
    cause?: unknown,
  ) {
    const show = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).join('; ');
    const reason =
      cause === undefined
        ? [
            missing.count > 0 ? `thiếu ${missing.count} dòng mong đợi (${show(missing.sample)})` : '',
            extra.count > 0 ? `thừa ${extra.count} dòng không mong đợi (${show(extra.sample)})` : '',
          ]
            .filter(Boolean)
            .join(', ')
        : `lỗi khi chạy: ${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)}`;
    super('PIPELINE_UNIT_TEST_FAILED', `Kiểm thử đơn vị "${test}" của mô hình "${model}" (${file}) không đạt: ${reason}`, { cause });
  }
}
