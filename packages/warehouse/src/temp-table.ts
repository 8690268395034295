import { createColumnTable, type ValueColumn } from './column-table';
import { qualifiedName } from './quote';
import type { Tx } from './writer';

let next = 0;

/**
 * A temporary table inside the transaction, made from column values (`createColumnTable`), for
 * set-based statements over many rows. `fn` gets its quoted name; the table is dropped afterwards
 * (a rollback undoes it too).
 */
export async function withTempTable<T>(
  tx: Tx,
  base: string,
  columns: readonly ValueColumn[],
  fn: (table: string) => Promise<T>,
): Promise<T> {
  const name = `tonghop_${base}_${++next}`;
  await createColumnTable(tx, name, columns);
  const table = qualifiedName('temp', 'main', name);
  const out = await fn(table);
  await tx.run(`drop table ${table}`);
  return out;
}
