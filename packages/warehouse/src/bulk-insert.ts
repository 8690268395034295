import type { Tx } from './writer';
import { quoteIdent } from './quote';

/** A column of a bulk insert: its DuckDB type as `from_json` reads it, and an optional SQL cast applied after. */
export type BulkColumns = Record<string, { type: 'BIGINT' | 'INTEGER' | 'VARCHAR' | 'TIMESTAMPTZ'; cast?: 'json' }>;

/**
 * Inserts many rows with one statement: the rows travel as one bound JSON text and DuckDB
 * unpacks them (`from_json` with an explicit shape, so nulls and empty lists keep their types).
 * Constraint violations fail the statement (`QUERY_FAILED`) like a plain insert would.
 */
export async function insertRows(tx: Tx, table: string, columns: BulkColumns, rows: readonly Record<string, unknown>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const entries = Object.entries(columns);
  const names = entries.map(([name]) => name);
  const shape = JSON.stringify([Object.fromEntries(entries.map(([name, c]) => [name, c.type]))]);
  const select = entries.map(([name, c]) => (c.cast ? `${quoteIdent(name)}::${c.cast}` : quoteIdent(name))).join(', ');
  return tx.run(
    `insert into ${quoteIdent(table)} (${names.map(quoteIdent).join(', ')})
     select ${select} from (select unnest(from_json($1::json, $2), recursive := true))`,
    [JSON.stringify(rows), shape],
  );
}
