import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { CliContext } from '../context';

/** The name of the demo's admin user. */
export const DEMO_ADMIN = 'Quản trị (demo)';

/** `<db>.demo-token`: the demo admin's token, readable only by this OS user, reused by each demo run. */
export function demoTokenPath(db: string): string {
  return `${db}.demo-token`;
}

function readToken(path: string): string | null {
  try {
    return readFileSync(path, 'utf8').trim() || null;
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The demo admin's token: the previous run's when it is still valid, else a new admin whose token
 * is kept in the demo token file; any other demo admin token left valid is revoked, so that
 * running the demo again and again leaves one valid demo token.
 */
export async function demoAdminToken(ctx: CliContext): Promise<string> {
  const { addUser, findUserByToken } = await import('@tonghop/api');
  const file = demoTokenPath(ctx.warehouse.path);
  const previous = readToken(file);
  const lookup = previous ? await findUserByToken(ctx.warehouse, previous, ctx.clock()) : null;
  const found = lookup?.ok ? lookup.user : null;
  let token: string;
  let keep: string;
  if (previous && found && found.name === DEMO_ADMIN && found.id) {
    token = previous;
    keep = found.id;
  } else {
    const admin = await addUser(ctx.warehouse, { name: DEMO_ADMIN, role: 'admin' }, { actor: ctx.actor, clock: ctx.clock });
    writeFileSync(`${file}.tmp`, `${admin.token}\n`, { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
    token = admin.token;
    keep = admin.id;
  }
  await ctx.warehouse.write((tx) =>
    tx.run(
      `update tokens set revoked_at = $1
       where revoked_at is null and user_id <> $2 and user_id in (select id from users where name = $3 and role = 'admin')`,
      [ctx.clock().toISOString(), keep, DEMO_ADMIN],
    ),
  );
  return token;
}
