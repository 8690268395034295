import { hostname, userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Warehouse } from '@tonghop/warehouse';
import type { ConsolaInstance } from 'consola';
import { localBackend } from './backend/local';
import { openDatabase } from './backend/open';
import { notOnServer, serverBackend } from './backend/server';
import type { Backend } from './backend/types';
import type { GlobalArgs } from './global-args';
import { createLogger } from './logger';
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

function io(args: GlobalArgs) {
  const json = args.json === true;
  const logger = createLogger({ json });
  return { logger, clock: () => new Date(), out: createOutput(json), interactive: !json && process.stderr.isTTY === true };
}

/**
 * Runs `fn` on the database, or on the running `tonghop serve` that holds it (spec §4: every
 * command works beside the server). The command sees one `Backend` either way.
 */
export async function withBackend<T>(args: GlobalArgs, fn: (backend: Backend) => Promise<T>): Promise<T> {
  const base = io(args);
  const opened = await openDatabase(dbPath(args), { clock: base.clock, onWait: (m) => base.logger.info(m) });
  if (opened.kind === 'server') return fn(serverBackend(opened.api, base));
  const ctx: CliContext = { ...base, warehouse: opened.warehouse, actor: cliActor() };
  try {
    return await fn(localBackend(ctx));
  } finally {
    await opened.warehouse.close();
  }
}

/**
 * Opens the database itself, runs `fn`, and always closes it: for work the server's API does not
 * offer. Beside a running server it refuses, in Vietnamese, naming `what`.
 */
export async function withContext<T>(args: GlobalArgs, fn: (ctx: CliContext) => Promise<T>, what = 'Lệnh này'): Promise<T> {
  return withBackend(args, (backend) => {
    if (!backend.local) throw notOnServer(what, backend.where);
    return fn(backend.local);
  });
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
