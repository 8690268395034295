/**
 * The one logger type of the workspace: what the warehouse, the pipeline runner, the API and the
 * CLI say for developers and operators (lock waits, migrations, model timings, slow requests).
 * Never user output. Tests pass `silentLogger`.
 */
export interface Logger {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}

export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
