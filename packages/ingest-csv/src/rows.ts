import type { DraftIssue } from '@tonghop/ingest-contract';
import { issue } from '@tonghop/ingest-contract';
import { CSV_ISSUE_CODES } from './errors';

export type Newline = '\n' | '\r\n' | '\r';

export interface CsvShape {
  delimiter: string;
  newline: Newline;
}

/** Parsed rows of one block of text, each with the physical line it starts on (1-based). */
export interface RowBatch {
  rows: string[][];
  lines: number[];
}

/** A quoted field longer than this is an unterminated quote, not data (keeps memory bounded). */
const MAX_PENDING = 1 << 20;

interface PapaResult {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number };
}

/**
 * Parses decoded text blocks with papaparse's low-level parser (arrays, no header mode), keeping
 * only the unfinished last line between blocks. Empty lines are skipped but counted, and line
 * breaks inside quoted fields are counted, so `lines` are the physical line numbers.
 * Quote problems go to `issues`; parsing stops at an unterminated quote.
 */
export async function* csvRows(text: AsyncIterable<string>, shape: CsvShape, file: string, issues: DraftIssue[]): AsyncGenerator<RowBatch> {
  const { default: Papa } = await import('papaparse');
  const parser = new Papa.Parser({ delimiter: shape.delimiter, newline: shape.newline, quoteChar: '"' });
  const breakChar = shape.newline === '\r' ? '\r' : '\n';
  let pending = '';
  let base = 0;
  let line = 1;

  // Without a quote in the text, a row spans several lines only through a stray LF in a CRLF file.
  const batch = (res: PapaResult, quoted: boolean): RowBatch | null => {
    const scan = quoted || shape.newline === '\r\n';
    const rows: string[][] = [];
    const lines: number[] = [];
    const starts: number[] = [];
    for (const row of res.data) {
      starts.push(line);
      let span = 1;
      for (let i = 0; scan && i < row.length; i++) {
        const f = row[i] as string;
        if (f.length > 0 && f.indexOf(breakChar) !== -1) span += f.split(breakChar).length - 1;
      }
      if (row.length > 1 || (row[0] as string) !== '') {
        rows.push(row);
        lines.push(line);
      }
      line += span;
    }
    for (const e of res.errors) {
      const at = starts[e.row ?? 0] ?? line;
      if (e.code === 'MissingQuotes')
        issues.push(
          issue(CSV_ISSUE_CODES.unterminatedQuote, `Dấu ngoặc kép mở ở dòng ${at} không được đóng (tệp ${file}, dòng ${at}).`, {
            file,
            line: at,
          }),
        );
      else if (e.code === 'InvalidQuotes')
        issues.push(issue(CSV_ISSUE_CODES.badQuote, `Dấu ngoặc kép đặt sai chỗ ở dòng ${at} (tệp ${file}).`, { file, line: at }));
    }
    return rows.length > 0 ? { rows, lines } : null;
  };

  for await (const chunk of text) {
    const aggregate = pending + chunk;
    const res = parser.parse(aggregate, base, true) as PapaResult;
    pending = aggregate.substring(res.meta.cursor - base);
    base = res.meta.cursor;
    const b = batch(res, aggregate.indexOf('"') !== -1);
    if (b) yield b;
    if (pending.length > MAX_PENDING) {
      issues.push(
        issue(CSV_ISSUE_CODES.unterminatedQuote, `Dấu ngoặc kép mở ở dòng ${line} không được đóng (tệp ${file}, dòng ${line}).`, {
          file,
          line,
        }),
      );
      return;
    }
  }
  const b = batch(parser.parse(pending, base, false) as PapaResult, pending.indexOf('"') !== -1);
  if (b) yield b;
}
