import type { DuckDBAppender } from '@duckdb/node-api';
import { WAREHOUSE_ERROR_CODES, WarehouseError } from './errors';
import type { NewFact, NewSubmission } from './types';

/**
 * The `fact_values` columns, in table order (004-narrow-facts.sql). `add` appends in exactly this
 * order. Unit, period, form and file name are the submission's: the `facts` view joins them back.
 */
export const FACT_COLUMNS = [
  'submission_id',
  'indicator',
  'option',
  'num_value',
  'bool_value',
  'text_value',
  'source_sheet',
  'source_cell',
  'source_line',
] as const;

/**
 * Appends the facts of the submissions of one batch with one DuckDB Appender on the writer
 * connection, so the rows belong to the open transaction. (Building 2,048-row data chunks in JS
 * instead was measured and was no faster on this machine; see README, Performance.)
 */
export class FactAppender {
  constructor(private readonly a: DuckDBAppender) {
    if (a.columnCount !== FACT_COLUMNS.length)
      throw new Error(`fact_values has ${a.columnCount} columns, FactAppender knows ${FACT_COLUMNS.length}`);
  }

  /** Appends every fact of `s` (an array or an (async) iterable) as submission `id`; returns how many. */
  async addAll(id: number, s: NewSubmission): Promise<number> {
    const bigId = BigInt(id);
    let count = 0;
    if (Symbol.iterator in s.facts) {
      // A plain loop: `for await` over an array would cost a promise per fact.
      for (const fact of s.facts) this.add(bigId, s, fact, count++);
      return count;
    }
    for await (const fact of s.facts) this.add(bigId, s, fact, count++);
    return count;
  }

  private add(id: bigint, s: NewSubmission, f: NewFact, index: number): void {
    const a = this.a;
    if (typeof f.source?.file !== 'string') throw new TypeError(`fact ${index + 1}: source.file must be a string`);
    // The file name is stored once, on the submission; a fact naming another file is a caller's bug.
    if (f.source.file !== s.file.name) throw sourceFileMismatch(s, f, index);
    a.appendBigInt(id);
    a.appendVarchar(f.indicator);
    if (f.option == null) a.appendNull();
    else a.appendVarchar(f.option);
    if (f.num == null) a.appendNull();
    else a.appendDouble(f.num);
    if (f.bool == null) a.appendNull();
    else a.appendBoolean(f.bool);
    if (f.text == null) a.appendNull();
    else a.appendVarchar(f.text);
    if (f.source.sheet == null) a.appendNull();
    else a.appendVarchar(f.source.sheet);
    if (f.source.cell == null) a.appendNull();
    else a.appendVarchar(f.source.cell);
    if (f.source.line == null) a.appendNull();
    else a.appendInteger(f.source.line);
    a.endRow();
  }

  /** Flush and close the Appender (its rows stay uncommitted until the transaction commits). */
  close(): void {
    this.a.closeSync();
  }
}

function sourceFileMismatch(s: NewSubmission, f: NewFact, index: number): WarehouseError {
  return new WarehouseError(
    WAREHOUSE_ERROR_CODES.FACT_SOURCE_FILE_MISMATCH,
    `Lỗi lập trình: số liệu thứ ${index + 1} của báo cáo ${s.unitCode}, kỳ ${s.period}, biểu ${s.form} ghi tệp nguồn ${f.source.file}, khác tệp của báo cáo ${s.file.name}.`,
    { where: f.source },
  );
}
