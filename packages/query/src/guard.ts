import type { DuckDBConnection } from '@duckdb/node-api';
import { readRows } from '@tonghop/warehouse';
import { QUERY_ERROR_CODES, QueryError } from './errors';

/**
 * Table functions that only read the database or compute values. Any other table function
 * (read_csv, read_parquet, glob, query, ...) could read files beside the database, so it is
 * refused, except the table macros that pipelines define (`rollup.figures(...)`).
 */
/** Tables no query may read: the token hashes (spec §5 stores tokens only as hashes; they stay inside the server). */
const SECRET_TABLES = new Set(['tokens']);

const SAFE_TABLE_FUNCTIONS = new Set([
  'range',
  'generate_series',
  'unnest',
  'json_each',
  'json_tree',
  'duckdb_columns',
  'duckdb_constraints',
  'duckdb_databases',
  'duckdb_functions',
  'duckdb_indexes',
  'duckdb_schemas',
  'duckdb_sequences',
  'duckdb_tables',
  'duckdb_types',
  'duckdb_views',
  'pragma_table_info',
  'pragma_show',
  'summary',
]);

interface TableRef {
  kind: 'function' | 'table';
  name: string;
  schema: string;
}

/** Every table function call and table name anywhere in a serialised statement (subqueries, CTEs, joins). */
function collectTableRefs(node: unknown, out: TableRef[]): void {
  if (Array.isArray(node)) {
    for (const item of node) collectTableRefs(item, out);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.type === 'TABLE_FUNCTION') {
    const fn = record.function as { function_name?: unknown; schema?: unknown } | undefined;
    out.push({ kind: 'function', name: String(fn?.function_name ?? ''), schema: String(fn?.schema ?? '') });
  } else if (record.type === 'BASE_TABLE') {
    out.push({ kind: 'table', name: String(record.table_name ?? ''), schema: String(record.schema_name ?? '') });
  }
  for (const value of Object.values(record)) collectTableRefs(value, out);
}

/** A "table" name that DuckDB would read as a file (replacement scan): `from 'data.csv'`, `'/etc/x'`. */
function looksLikePath(name: string): boolean {
  return /[./\\:*?]/.test(name);
}

/**
 * Refuses a SELECT that reaches outside the database: a file read through a table function or
 * a quoted path. Works on DuckDB's own parse tree (`json_serialize_sql`), not on keywords.
 */
export async function assertInsideDatabase(conn: DuckDBConnection, sql: string): Promise<void> {
  const [row] = await readRows<{ tree: string }>(conn, 'select json_serialize_sql($1::varchar)::varchar as tree', [sql]);
  const tree = JSON.parse(row?.tree ?? '{}') as { error?: boolean; error_message?: string; statements?: unknown[] };
  if (tree.error === true) {
    // PRAGMA and EXPLAIN are rewritten to SELECT but cannot be serialised: refuse rather than guess.
    throw new QueryError(
      QUERY_ERROR_CODES.QUERY_NOT_READ_ONLY,
      'Chỉ chạy được một câu lệnh SELECT (cả WITH … SELECT, FROM …, DESCRIBE, SHOW, SUMMARIZE); PRAGMA và EXPLAIN không được dùng ở đây.',
    );
  }
  const refs: TableRef[] = [];
  collectTableRefs(tree.statements ?? [], refs);
  const macros = await tableMacros(conn);
  for (const ref of refs) {
    if (ref.kind === 'table' && SECRET_TABLES.has(ref.name.toLowerCase()) && ['', 'main'].includes(ref.schema.toLowerCase())) {
      throw new QueryError(
        QUERY_ERROR_CODES.QUERY_SECRET_TABLE,
        `Bảng "${ref.name}" chứa mã truy cập (token) của người dùng và không đọc được bằng tonghop query; danh sách người dùng xem bằng "tonghop users list".`,
      );
    }
    if (ref.kind === 'table' && ref.schema === '' && looksLikePath(ref.name)) {
      throw new QueryError(
        QUERY_ERROR_CODES.QUERY_OUTSIDE_DATABASE,
        `Câu truy vấn đọc tệp "${ref.name}" ngoài cơ sở dữ liệu; tonghop query chỉ đọc các bảng của cơ sở dữ liệu.`,
      );
    }
    if (ref.kind === 'function') {
      const name = ref.name.toLowerCase();
      const known = macros.has(`${ref.schema.toLowerCase()}.${name}`) || (ref.schema === '' && macros.has(`*.${name}`));
      if (!known && !(ref.schema === '' && SAFE_TABLE_FUNCTIONS.has(name))) {
        throw new QueryError(
          QUERY_ERROR_CODES.QUERY_OUTSIDE_DATABASE,
          `Hàm bảng ${ref.schema === '' ? '' : `${ref.schema}.`}${ref.name}() không được dùng trong tonghop query (nó có thể đọc tệp ngoài cơ sở dữ liệu); hãy đọc các bảng và mô hình của pipeline.`,
        );
      }
    }
  }
}

/** Table macros defined in the database (pipeline models), as `schema.name` and `*.name`. */
async function tableMacros(conn: DuckDBConnection): Promise<Set<string>> {
  const rows = await readRows<{ schema_name: string; function_name: string }>(
    conn,
    `select distinct schema_name, function_name from duckdb_functions() where function_type = 'table_macro' and not internal`,
  );
  const names = new Set<string>();
  for (const r of rows) {
    names.add(`${r.schema_name.toLowerCase()}.${r.function_name.toLowerCase()}`);
    names.add(`*.${r.function_name.toLowerCase()}`);
  }
  return names;
}
