import { BIGINT, BOOLEAN, DOUBLE, DuckDBDataChunk, INTEGER, VARCHAR, type DuckDBAppender, type DuckDBValue } from '@duckdb/node-api';
import type { NewFact, NewSubmission } from './types';

/** The `facts` columns in table order (001-initial.sql), with their DuckDB types. */
const COLUMNS = [
  ['submission_id', BIGINT], ['unit_code', VARCHAR], ['period', VARCHAR], ['form', VARCHAR], ['indicator', VARCHAR],
  ['option', VARCHAR], ['num_value', DOUBLE], ['bool_value', BOOLEAN], ['text_value', VARCHAR], ['source_file', VARCHAR],
  ['source_sheet', VARCHAR], ['source_cell', VARCHAR], ['source_line', INTEGER],
] as const;
const TYPES = COLUMNS.map(([, type]) => type);
const CHUNK_ROWS = 2048;

/**
 * Appends facts a data chunk (2,048 rows) at a time: values are written column-wise in JS and
 * handed to the Appender once per chunk, about 2× faster than one native call per value.
 */
export class FactAppender {
  private columns: DuckDBValue[][] = TYPES.map(() => []);
  private readonly id: bigint;
  count = 0;

  constructor(
    private readonly appender: DuckDBAppender,
    id: number,
    private readonly s: NewSubmission,
  ) {
    if (appender.columnCount !== COLUMNS.length) throw new Error(`facts has ${appender.columnCount} columns, FactAppender knows ${COLUMNS.length}`);
    this.id = BigInt(id);
  }

  add(f: NewFact): void {
    const c = this.columns;
    if (typeof f.source?.file !== 'string') throw new TypeError(`fact ${this.count + 1}: source.file must be a string`);
    const values: DuckDBValue[] = [
      this.id, this.s.unitCode, this.s.period, this.s.form, f.indicator, f.option ?? null, f.num ?? null, f.bool ?? null,
      f.text ?? null, f.source.file, f.source.sheet ?? null, f.source.cell ?? null, f.source.line ?? null,
    ];
    for (let i = 0; i < values.length; i += 1) c[i]?.push(values[i] ?? null);
    this.count += 1;
    if ((c[0]?.length ?? 0) >= CHUNK_ROWS) this.flush();
  }

  /** Hand the buffered rows to the Appender (still inside the transaction). */
  flush(): void {
    if ((this.columns[0]?.length ?? 0) === 0) return;
    const chunk = DuckDBDataChunk.create(TYPES);
    chunk.setColumns(this.columns);
    this.appender.appendDataChunk(chunk);
    this.columns = TYPES.map(() => []);
  }

  close(): void {
    this.flush();
    this.appender.closeSync();
  }
}
