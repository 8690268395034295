import { hostname, userInfo } from 'node:os';
import { resolve } from 'node:path';
import { openWarehouse, type Warehouse } from '@tonghop/warehouse';
import type { ConsolaInstance } from 'consola';
import type { GlobalArgs } from './global-args';
import { createLogger, developerLogger } from './logger';
import { createOutput, type Output } from './output';

export const DEFAULT_DB = './tonghop.duckdb';

/** Everything a command touches outside itself: database, clock, output, logger. */
export interface CliContext {
  warehouse: Warehouse;
  clock: () => Date;
  out: Output;
  logger: ConsolaInstance;
  /** Recorded as the uploader / actor of what this run writes. */
  actor: string;
  /** Whether a progress bar may be drawn (stderr is a terminal and not --json). */
  interactive: boolean;
}

/** --db, else TONGHOP_DB, else ./tonghop.duckdb (relative to the current folder). */
export function dbPath(args: GlobalArgs, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = args.db && args.db !== '' ? args.db : env.TONGHOP_DB && env.TONGHOP_DB !== '' ? env.TONGHOP_DB : DEFAULT_DB;
  return resolve(chosen);
}

/** Opens the context, runs `fn`, and always closes the warehouse. */
export async function withContext<T>(args: GlobalArgs, fn: (ctx: CliContext) => Promise<T>): Promise<T> {
  const json = args.json === true;
  const logger = createLogger({ json });
  const clock = () => new Date();
  const warehouse = await openWarehouse({
    path: dbPath(args),
    clock,
    logger: developerLogger(logger),
  });
  const ctx: CliContext = {
    warehouse,
    clock,
    logger,
    out: createOutput(json),
    actor: cliActor(),
    interactive: !json && process.stderr.isTTY === true,
  };
  try {
    return await fn(ctx);
  } finally {
    await warehouse.close();
  }
}

/** Who runs the CLI, for the audit log: `cli:<OS user>@<host>` (the OS user is who; the host is where). */
export function cliActor(): string {
  let user = process.env.USER ?? process.env.USERNAME ?? 'unknown';
  try {
    user = userInfo().username;
  } catch (error: unknown) {
    void error; // no passwd entry for this uid (some containers): the environment's name stands
  }
  return `cli:${user}@${hostname()}`;
}
