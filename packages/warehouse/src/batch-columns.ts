import type { ValueColumn } from './column-table';
import { qualifiedName } from './quote';
import { withTempTable } from './temp-table';
import type { Tx } from './writer';

/** How a statement reads a batch: an expression per column, the FROM clause, the row order and the bound values. */
export interface BatchSource {
  expr(name: string): string;
  from: string;
  order: string;
  params: unknown[];
}

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

/**
 * Runs `fn` over the rows of a batch given by columns. A column with one value in every row is
 * bound once as a parameter; the others go through a temp table with an Appender. Each value
 * appended costs a native call (~0.3 µs), and in a batch of 50,000 submissions of one file most
 * columns (file, plugin, uploader, time, status) are the same in every row.
 */
export async function withBatchColumns<T>(
  tx: Tx,
  base: string,
  rows: number,
  columns: readonly ValueColumn[],
  fn: (source: BatchSource) => Promise<T>,
): Promise<T> {
  const params: unknown[] = [];
  const constant = new Map<string, string>();
  const varying: ValueColumn[] = [];
  for (const c of columns) {
    if (c.values.length !== rows) throw new Error(`withBatchColumns: column ${c.name} has ${c.values.length} values for ${rows} rows`);
    if (c.values.every((v) => same(v, c.values[0]))) {
      params.push(c.values[0] ?? null);
      constant.set(c.name, `$${params.length}::${c.type}`);
    } else varying.push(c);
  }
  const expr = (name: string) => constant.get(name) ?? `b.${qualifiedName(name)}`;
  if (varying.length === 0) return fn({ expr, from: `range(${Number(rows)}) b(row_number)`, order: 'b.row_number', params });
  return withTempTable(tx, base, varying, (table) => fn({ expr, from: `${table} b`, order: 'b.rowid', params }));
}
