import { readdir, readFile } from 'node:fs/promises';
import type { DuckDBConnection } from '@duckdb/node-api';
import { WAREHOUSE_ERROR_CODES, WarehouseError } from './errors';
import { readRows, runSql } from './sql';

/** The migration files, read at run time from `src/migrations/NNN-name.sql` (the one source of truth). */
export const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILE_NAME = /^(\d{3})-([a-z0-9-]+)\.sql$/;

export async function loadMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => FILE_NAME.test(name)).sort();
  const migrations: Migration[] = [];
  for (const name of names) {
    const match = FILE_NAME.exec(name);
    if (!match?.[1] || !match[2]) continue;
    const version = Number(match[1]);
    if (migrations.some((m) => m.version === version)) throw new Error(`Two migrations numbered ${match[1]} in ${dir.pathname}`);
    migrations.push({ version, name: match[2], sql: await readFile(new URL(name, dir), 'utf8') });
  }
  return migrations;
}

/**
 * Apply the migrations not yet recorded in `schema_migrations`, in order, each in its own
 * transaction (its DDL and its record commit together). Returns the versions applied now.
 */
export async function migrate(conn: DuckDBConnection, migrations: readonly Migration[], now: Date): Promise<number[]> {
  await runSql(
    conn,
    'create table if not exists schema_migrations (version integer primary key, name varchar not null, applied_at timestamptz not null)',
  );
  const done = new Set((await readRows<{ version: number }>(conn, 'select version from schema_migrations')).map((r) => r.version));
  const applied: number[] = [];
  for (const migration of migrations) {
    if (done.has(migration.version)) continue;
    await runSql(conn, 'begin transaction');
    try {
      await runSql(conn, migration.sql);
      await runSql(conn, 'insert into schema_migrations (version, name, applied_at) values ($1, $2, $3)', [
        migration.version,
        migration.name,
        now,
      ]);
      await runSql(conn, 'commit');
    } catch (error: unknown) {
      await runSql(conn, 'rollback');
      const label = `${String(migration.version).padStart(3, '0')}-${migration.name}.sql`;
      throw new WarehouseError(WAREHOUSE_ERROR_CODES.MIGRATION_FAILED, `Không áp dụng được bản nâng cấp cơ sở dữ liệu ${label}.`, {
        cause: error,
      });
    }
    applied.push(migration.version);
  }
  return applied;
}
