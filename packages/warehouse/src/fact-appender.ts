import type { DuckDBAppender } from '@duckdb/node-api';
import type { NewFact, NewSubmission } from './types';

/** The `facts` columns, in table order (001-initial.sql). `add` appends in exactly this order. */
export const FACT_COLUMNS = [
  'submission_id', 'unit_code', 'period', 'form', 'indicator', 'option', 'num_value', 'bool_value', 'text_value',
  'source_file', 'source_sheet', 'source_cell', 'source_line',
] as const;

/**
 * Appends the facts of the submissions of one batch with one DuckDB Appender on the writer
 * connection, so the rows belong to the open transaction. (Building 2,048-row data chunks in JS
 * instead was measured and was no faster on this machine; see README, Performance.)
 */
export class FactAppender {
  constructor(private readonly a: DuckDBAppender) {
    if (a.columnCount !== FACT_COLUMNS.length) throw new Error(`facts has ${a.columnCount} columns, FactAppender knows ${FACT_COLUMNS.length}`);
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
    a.appendBigInt(id);
    a.appendVarchar(s.unitCode);
    a.appendVarchar(s.period);
    a.appendVarchar(s.form);
    a.appendVarchar(f.indicator);
    if (f.option == null) a.appendNull(); else a.appendVarchar(f.option);
    if (f.num == null) a.appendNull(); else a.appendDouble(f.num);
    if (f.bool == null) a.appendNull(); else a.appendBoolean(f.bool);
    if (f.text == null) a.appendNull(); else a.appendVarchar(f.text);
    a.appendVarchar(f.source.file);
    if (f.source.sheet == null) a.appendNull(); else a.appendVarchar(f.source.sheet);
    if (f.source.cell == null) a.appendNull(); else a.appendVarchar(f.source.cell);
    if (f.source.line == null) a.appendNull(); else a.appendInteger(f.source.line);
    a.endRow();
  }

  /** Flush and close the Appender (its rows stay uncommitted until the transaction commits). */
  close(): void {
    this.a.closeSync();
  }
}
