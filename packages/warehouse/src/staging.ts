import { createColumnTable, type ValueColumn } from './column-table';
import { toDuckValues } from './convert';
import { WarehouseQueryError } from './errors';
import { qualifiedName } from './quote';
import { readRows, runSql } from './sql';
import type { Writer } from './writer';

/** Values of one column of a staged query, as JS values (BIGINT columns come back as bigint: cast to INTEGER). */
export type StagedColumns = Record<string, unknown[]>;

/** How to read a delimited text file into a staging table (DuckDB's `read_csv`, every column VARCHAR). */
export interface StageCsvOptions {
  delimiter: string;
  /** The number of fields of the header line: the columns are named `c0`, `c1`, ... */
  width: number;
}

let nextStaging = 0;

/**
 * Temporary tables on the writer connection, for work done in SQL before a batch is stored
 * (the staged CSV path of the ingest). Each call waits for the writer queue like any write, so
 * it never runs inside another caller's transaction; the tables are the connection's own
 * (`temp` catalog: never written to the database file) and named uniquely, so two stagings do
 * not meet. `close()` drops them; the writer's `storeSubmissions(list, { staged })` reads them.
 */
export class Staging {
  private readonly prefix = `tonghop_stage_${++nextStaging}_`;
  private readonly created = new Map<string, 'table' | 'view'>();

  constructor(private readonly writer: Writer) {}

  /** The quoted name of staging table `name` (made by `stageCsv`, `createAs` or `load`, dropped by `close`). */
  table(name: string): string {
    return qualifiedName('temp', 'main', this.prefix + name);
  }

  /** Runs statement(s) with bound values (no transaction of its own); rows changed by the last. */
  async run(sql: string, params?: readonly unknown[]): Promise<number> {
    return this.writer.exclusive((conn) => runSql(conn, sql, params));
  }

  /** Rows as plain objects (see convert.ts): for small answers. */
  async query<T>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    return this.writer.exclusive((conn) => readRows<T>(conn, sql, params));
  }

  /** Column arrays: much cheaper than row objects for tens of thousands of rows. */
  async columns(sql: string, params?: readonly unknown[]): Promise<StagedColumns> {
    return this.writer.exclusive(async (conn) => {
      try {
        const reader = await conn.runAndReadAll(sql, toDuckValues(params));
        return reader.getColumnsObjectJS() as StagedColumns;
      } catch (error: unknown) {
        throw new WarehouseQueryError(sql, params ?? [], error);
      }
    });
  }

  /**
   * `read_csv` of `path` into staging table `name`: the header line skipped, every field VARCHAR
   * (an empty or `""` field is ''), in file order, so that `rowid` n is data line n + 1 of the file.
   * Strict: a line with another number of fields, broken quotes or invalid UTF-8 fails (a
   * WarehouseQueryError), and the caller reads the file another way. Returns the row count.
   */
  async stageCsv(name: string, path: string, options: StageCsvOptions): Promise<number> {
    const names = Array.from({ length: options.width }, (_, i) => `c${i}`);
    const columns = `{${names.map((n) => `'${n}': 'VARCHAR'`).join(', ')}}`;
    const select = names.map((n) => `coalesce(${n}, '') as ${n}`).join(', ');
    const sql = `create temp table ${this.table(name)} as select ${select} from read_csv($1, header = true, auto_detect = false,
      all_varchar = true, delim = $2, quote = '"', escape = '"', strict_mode = true, columns = ${columns})`;
    this.created.set(name, 'table');
    return this.writer.exclusive(async (conn) => {
      await runSql(conn, sql, [path, options.delimiter]);
      const [row] = await readRows<{ n: number }>(conn, `select count(*)::integer as n from ${this.table(name)}`);
      return row?.n ?? 0;
    });
  }

  /** Creates staging table `name` from a query (`create temp table … as …`); returns its row count. */
  async createAs(name: string, sql: string, params?: readonly unknown[]): Promise<number> {
    this.created.set(name, 'table');
    return this.writer.exclusive((conn) => runSql(conn, `create temp table ${this.table(name)} as ${sql}`, params));
  }

  /** Creates staging view `name` over the staging tables (`create temp view … as …`). */
  async createView(name: string, sql: string): Promise<void> {
    this.created.set(name, 'view');
    await this.writer.exclusive((conn) => runSql(conn, `create temp view ${this.table(name)} as ${sql}`));
  }

  /** Creates staging table `name` from column values (`createColumnTable`: one Appender). */
  async load(name: string, columns: readonly ValueColumn[]): Promise<void> {
    this.created.set(name, 'table');
    await this.writer.exclusive((conn) =>
      createColumnTable(
        {
          run: (sql) => runSql(conn, sql),
          appender: (table, schema, catalog) => conn.createAppender(table, schema, catalog),
        },
        this.prefix + name,
        columns,
      ),
    );
  }

  /** Drops every staging table made here (idempotent). */
  async close(): Promise<void> {
    // Views first: they name the tables.
    const made = [...this.created].sort(([, a], [, b]) => (a === b ? 0 : a === 'view' ? -1 : 1));
    this.created.clear();
    if (made.length === 0) return;
    await this.writer.exclusive((conn) => runSql(conn, made.map(([n, kind]) => `drop ${kind} if exists ${this.table(n)};`).join('\n')));
  }
}
