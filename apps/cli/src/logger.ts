import { createConsola, type ConsolaInstance } from 'consola';

/** Logs go to stderr only, so that stdout stays clean for --json and human results. */
export function createLogger(opts: { json: boolean; quiet?: boolean }): ConsolaInstance {
  return createConsola({
    level: opts.quiet ? 1 : 3,
    stdout: process.stderr,
    stderr: process.stderr,
    formatOptions: { date: false, colors: !opts.json && process.stderr.isTTY === true },
  });
}
