import type { DuckDBAppender } from '@duckdb/node-api';
import { WarehouseQueryError } from './errors';
import { qualifiedName } from './quote';
import type { StagingColumn } from './staging';
import type { Tx } from './writer';

let next = 0;

/**
 * A temporary table inside the transaction, filled with an Appender, for set-based statements
 * over many rows (binding tens of thousands of values as parameters is far slower). `fn` gets
 * its quoted name; the table is dropped afterwards (a rollback undoes it too).
 */
export async function withTempTable<T>(
  tx: Tx, base: string, columns: readonly StagingColumn[], fill: (a: DuckDBAppender) => void, fn: (table: string) => Promise<T>,
): Promise<T> {
  const name = `tonghop_${base}_${++next}`;
  const table = qualifiedName('temp', 'main', name);
  await tx.run(`create temp table ${table} (${columns.map((c) => `${qualifiedName(c.name)} ${c.type}`).join(', ')})`);
  const appender = await tx.appender(name, 'main', 'temp');
  try {
    fill(appender);
    appender.closeSync();
  } catch (error: unknown) {
    throw new WarehouseQueryError(`append into ${name}`, [], error);
  }
  const out = await fn(table);
  await tx.run(`drop table ${table}`);
  return out;
}
