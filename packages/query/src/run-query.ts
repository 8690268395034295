import { StatementType, type DuckDBConnection, type DuckDBPreparedStatement } from '@duckdb/node-api';
import { plainConverter, readRows, type PlainValue, type Warehouse } from '@tonghop/warehouse';
import { QUERY_ERROR_CODES, QueryError, duckReason } from './errors';
import { assertInsideDatabase } from './guard';

export interface QueryColumn {
  name: string;
  /** DuckDB's type name, e.g. `BIGINT`, `VARCHAR`, `DOUBLE`. */
  type: string;
}

export interface QueryResult {
  columns: QueryColumn[];
  /** Rows as arrays in column order; values JSON-safe (BIGINT → number, or a string beyond 2^53; BLOB → hex). */
  rows: QueryValue[][];
  /** True when `maxRows` cut the result. */
  truncated: boolean;
}

/** A JSON-safe value: what `PlainValue` is, with BLOBs as lower-case hex text. */
export type QueryValue = string | number | boolean | null | QueryValue[] | { [key: string]: QueryValue };

function jsonSafe(value: PlainValue): QueryValue {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('hex');
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v)]));
  return value;
}

export interface QueryOptions {
  /** Read at most this many rows (the rest are dropped, `truncated: true`). Default: all. */
  maxRows?: number;
}

/** What a statement type is called in a refusal. */
const WRITES: Record<string, string> = {
  INSERT: 'INSERT (thêm dữ liệu)',
  UPDATE: 'UPDATE (sửa dữ liệu)',
  DELETE: 'DELETE (xóa dữ liệu)',
  CREATE: 'CREATE (tạo bảng, view hoặc đối tượng khác)',
  DROP: 'DROP (xóa bảng hoặc đối tượng)',
  ALTER: 'ALTER (đổi cấu trúc bảng)',
  COPY: 'COPY (chép dữ liệu ra hoặc vào tệp)',
  ATTACH: 'ATTACH (gắn thêm cơ sở dữ liệu)',
  DETACH: 'DETACH',
  SET: 'SET (đổi cài đặt)',
  RESET: 'RESET (đổi cài đặt)',
  PRAGMA: 'PRAGMA (đổi cài đặt hoặc đọc ngoài bảng)',
  USE: 'USE (đổi cơ sở dữ liệu mặc định)',
  INSTALL: 'INSTALL (cài phần mở rộng)',
  CHECKPOINT: 'CHECKPOINT (ghi cơ sở dữ liệu)',
  EXPLAIN: 'EXPLAIN',
  COMMIT: 'COMMIT (giao dịch)',
  ROLLBACK: 'ROLLBACK (giao dịch)',
  PREPARE: 'PREPARE',
  EXECUTE: 'EXECUTE',
  WITH: 'WITH … (không kết thúc bằng SELECT)',
  BEGIN: 'BEGIN/COMMIT/ROLLBACK (giao dịch)',
  EXPORT: 'EXPORT DATABASE (xuất ra tệp)',
  LOAD: 'INSTALL/LOAD (cài phần mở rộng)',
  CALL: 'CALL (gọi thủ tục)',
  VACUUM: 'VACUUM',
  ANALYZE: 'ANALYZE',
  MERGE: 'MERGE INTO (gộp dữ liệu)',
};

/**
 * One read-only statement over the warehouse and pipeline schemas. Checked by DuckDB itself
 * before it runs: exactly one statement (its parser), of type SELECT (its planner), touching no
 * file (its parse tree); then run inside a read-only transaction that is rolled back, so even a
 * write that slipped through is refused by DuckDB and nothing changes.
 */
export function runReadOnlyQuery(wh: Pick<Warehouse, 'readOnly'>, sql: string, opts: QueryOptions = {}): Promise<QueryResult> {
  return wh.readOnly(async (conn) => {
    const extracted = await extractOne(conn, sql);
    // The parse tree first: nothing is bound (no file is even opened) before it is checked.
    if (!(await isSelect(conn, sql))) throw notReadOnly(sql);
    await assertInsideDatabase(conn, sql);
    const prepared = await prepare(extracted);
    if (prepared.statementType !== StatementType.SELECT) throw notReadOnly(sql);
    try {
      const reader = opts.maxRows === undefined ? await prepared.runAndReadAll() : await prepared.runAndReadUntil(opts.maxRows + 1);
      const rows = reader.convertRows(plainConverter).map((row) => row.map(jsonSafe));
      const truncated = opts.maxRows !== undefined && (rows.length > opts.maxRows || !reader.done);
      const names = reader.columnNames();
      const types = reader.columnTypes();
      return {
        columns: names.map((name, i) => ({ name, type: String(types[i] ?? '') })),
        rows: opts.maxRows === undefined ? rows : rows.slice(0, opts.maxRows),
        truncated,
      };
    } catch (error: unknown) {
      throw refusal(error);
    }
  });
}

/** The refusal of a statement that is not a SELECT, named by its first keyword (the decision was the parser's). */
function notReadOnly(sql: string): QueryError {
  const keyword = /^\s*(?:(?:--[^\n]*\n|\/\*[\s\S]*?\*\/)\s*)*([a-z]+)/i.exec(sql)?.[1]?.toUpperCase() ?? '';
  const what = WRITES[keyword] ?? (keyword === '' ? 'này' : keyword);
  return new QueryError(
    QUERY_ERROR_CODES.QUERY_NOT_READ_ONLY,
    `Câu lệnh ${what} không được phép: tonghop query chỉ chạy câu lệnh đọc (SELECT), không ghi hay thay đổi gì. Không có gì bị thay đổi.`,
  );
}

type Extracted = Awaited<ReturnType<DuckDBConnection['extractStatements']>>;

async function extractOne(conn: DuckDBConnection, sql: string): Promise<Extracted> {
  let extracted: Extracted;
  try {
    extracted = await conn.extractStatements(sql);
  } catch (error: unknown) {
    if (onlyComments(sql)) throw empty();
    throw new QueryError(QUERY_ERROR_CODES.QUERY_SYNTAX, `Câu truy vấn sai cú pháp: ${duckReason(error)}`, { cause: error });
  }
  if (extracted.count === 0) throw empty();
  if (extracted.count > 1) {
    throw new QueryError(
      QUERY_ERROR_CODES.QUERY_SEVERAL_STATEMENTS,
      `Có ${extracted.count} câu lệnh; tonghop query chỉ chạy một câu lệnh SELECT mỗi lần. Không câu nào được chạy.`,
    );
  }
  return extracted;
}

function onlyComments(sql: string): boolean {
  return (
    sql
      .replace(/--[^\n]*/g, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/;/g, '')
      .trim() === ''
  );
}

function empty(): QueryError {
  return new QueryError(QUERY_ERROR_CODES.QUERY_EMPTY, 'Chưa có câu truy vấn nào (chuỗi rỗng hoặc chỉ có chú thích).');
}

/** DuckDB serialises SELECT statements only (also DESCRIBE/SHOW/SUMMARIZE, which are SELECTs). */
async function isSelect(conn: DuckDBConnection, sql: string): Promise<boolean> {
  const [row] = await readRows<{ ok: boolean }>(conn, `select not (json_serialize_sql($1::varchar)->>'error')::boolean as ok`, [sql]);
  return row?.ok === true;
}

async function prepare(extracted: Extracted): Promise<DuckDBPreparedStatement> {
  try {
    return await extracted.prepare(0);
  } catch (error: unknown) {
    throw refusal(error);
  }
}

/** A DuckDB error while binding or running, as a QueryError (missing table/column → QUERY_NOT_FOUND). */
function refusal(error: unknown): QueryError {
  if (error instanceof QueryError) return error;
  const reason = duckReason(error);
  if (/^Catalog Error/.test(reason) || /Referenced column .* not found/.test(reason)) {
    const table = /(?:Table|View|Table Function|Macro Function|Schema) with name "?([^\s"!]+)"? does not exist/.exec(reason);
    const message = table
      ? `Không có bảng hoặc mô hình "${table[1]}" trong cơ sở dữ liệu (đã chạy "tonghop run" chưa?). Chi tiết: ${reason}`
      : `Không tìm thấy bảng, cột hoặc hàm được nêu trong câu truy vấn. Chi tiết: ${reason}`;
    return new QueryError(QUERY_ERROR_CODES.QUERY_NOT_FOUND, message, { cause: error });
  }
  if (/^Binder Error/.test(reason) && /not found|does not exist/.test(reason)) {
    return new QueryError(
      QUERY_ERROR_CODES.QUERY_NOT_FOUND,
      `Không tìm thấy cột hoặc bảng được nêu trong câu truy vấn. Chi tiết: ${reason}`,
      {
        cause: error,
      },
    );
  }
  if (/read-only mode/.test(reason)) {
    return new QueryError(
      QUERY_ERROR_CODES.QUERY_NOT_READ_ONLY,
      `Câu truy vấn định ghi vào cơ sở dữ liệu và đã bị từ chối; không có gì bị thay đổi. Chi tiết: ${reason}`,
      {
        cause: error,
      },
    );
  }
  return new QueryError(QUERY_ERROR_CODES.QUERY_FAILED, `Không chạy được câu truy vấn: ${reason}`, { cause: error });
}
