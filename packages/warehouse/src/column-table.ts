import { timestampTZValue, type DuckDBAppender } from '@duckdb/node-api';
import { WarehouseQueryError } from './errors';
import { qualifiedName } from './quote';

export type ColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'TIMESTAMPTZ';

/** A column of a table made from JS values: one value per row (null allowed; TIMESTAMPTZ values are Dates). */
export interface ValueColumn {
  name: string;
  type: ColumnType;
  values: readonly unknown[];
}

/** Where a table is made: a `Tx`, or the writer connection outside a transaction (staging). */
export interface TableTarget {
  run(sql: string): Promise<unknown>;
  appender(table: string, schema: string, catalog: string): Promise<DuckDBAppender>;
}

function append(a: DuckDBAppender, type: ColumnType, v: unknown): void {
  if (v === null || v === undefined) {
    a.appendNull();
    return;
  }
  switch (type) {
    case 'VARCHAR':
      a.appendVarchar(v as string);
      return;
    case 'INTEGER':
      a.appendInteger(v as number);
      return;
    case 'BIGINT':
      a.appendBigInt(BigInt(v as number));
      return;
    case 'DOUBLE':
      a.appendDouble(v as number);
      return;
    case 'BOOLEAN':
      a.appendBoolean(v as boolean);
      return;
    case 'TIMESTAMPTZ':
      a.appendTimestampTZ(timestampTZValue(BigInt((v as Date).getTime()) * 1000n));
      return;
  }
}

/**
 * Creates temp table `name` (catalog `temp`) with these columns and appends their values row by
 * row with one Appender: the way many JS values reach SQL here (binding tens of thousands of
 * values as parameters is far slower). Every column must have as many values as the first.
 */
export async function createColumnTable(target: TableTarget, name: string, columns: readonly ValueColumn[]): Promise<void> {
  const rows = columns[0]?.values.length ?? 0;
  for (const c of columns) {
    if (c.values.length !== rows) throw new Error(`createColumnTable: column ${c.name} has ${c.values.length} values for ${rows} rows`);
  }
  const ddl = columns.map((c) => `${qualifiedName(c.name)} ${c.type}`).join(', ');
  await target.run(`create temp table ${qualifiedName('temp', 'main', name)} (${ddl})`);
  let appender: DuckDBAppender;
  try {
    appender = await target.appender(name, 'main', 'temp');
  } catch (error: unknown) {
    throw new WarehouseQueryError(`append into ${name}`, [], error);
  }
  try {
    for (let r = 0; r < rows; r++) {
      for (const c of columns) append(appender, c.type, c.values[r]);
      appender.endRow();
    }
    appender.closeSync();
  } catch (error: unknown) {
    appender.clear();
    throw new WarehouseQueryError(`append into ${name}`, [], error);
  }
}
