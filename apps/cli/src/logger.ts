import { createConsola, type ConsolaInstance } from 'consola';
import type { Logger } from '@tonghop/warehouse';

/** Logs go to stderr only, so that stdout stays clean for --json and human results. */
export function createLogger(opts: { json: boolean; quiet?: boolean }): ConsolaInstance {
  return createConsola({
    level: opts.quiet ? 1 : 3,
    stdout: process.stderr,
    stderr: process.stderr,
    formatOptions: { date: false, colors: !opts.json && process.stderr.isTTY === true },
  });
}

/** The workspace's Logger (warehouse, pipeline runner) over consola: developers' lines at debug level. */
export function developerLogger(consola: ConsolaInstance): Logger {
  return {
    info: (message, data) => consola.debug(message, data ?? ''),
    warn: (message, data) => consola.warn(message, data ?? ''),
    error: (message, data) => consola.error(message, data ?? ''),
  };
}
