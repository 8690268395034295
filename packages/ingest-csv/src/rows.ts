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

/** A line (or a quoted field) longer than this many characters is no report line: reading stops (keeps memory bounded). */
export const MAX_LINE_CHARS = 1 << 20;
const MAX_PENDING = MAX_LINE_CHARS;

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
  let stop = false;
  const batch = (res: PapaResult, quoted: boolean, long: boolean): RowBatch | null => {
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
      // Only a block longer than a line may be can hold a line too long: the hot path never measures.
      if (long && rowChars(row) > MAX_LINE_CHARS) {
        issues.push(rowTooLong(row, file, line));
        stop = true;
        break;
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
    const b = batch(res, aggregate.indexOf('"') !== -1, aggregate.length > MAX_LINE_CHARS);
    if (stop) return;
    if (b) yield b;
    if (pending.length > MAX_PENDING) {
      issues.push(tooLong(pending, shape.delimiter, file, line));
      return;
    }
  }
  const b = batch(parser.parse(pending, base, false) as PapaResult, pending.indexOf('"') !== -1, pending.length > MAX_LINE_CHARS);
  if (b && !stop) yield b;
}

function rowChars(row: readonly string[]): number {
  let n = row.length - 1;
  for (const f of row) n += f.length;
  return n;
}

const count = (n: number) => n.toLocaleString('vi-VN');
const LIMIT = `${count(MAX_LINE_CHARS)} ký tự`;

function lineTooLong(file: string, line: number, why: string): DraftIssue {
  return issue(
    CSV_ISSUE_CODES.lineTooLong,
    `Dòng ${line} dài hơn ${LIMIT} (${why}), không phải một dòng báo cáo; kiểm tra dấu phân cách và dấu xuống dòng (tệp ${file}, dòng ${line}).`,
    { file, line },
  );
}

/** A whole line read but longer than a line may be: too many columns, or its longest cell. */
function rowTooLong(row: readonly string[], file: string, line: number): DraftIssue {
  if (row.length > 1000) return lineTooLong(file, line, `có ${count(row.length)} cột`);
  let longest = 0;
  for (let i = 1; i < row.length; i++) if ((row[i] as string).length > (row[longest] as string).length) longest = i;
  return lineTooLong(file, line, `ô thứ ${count(longest + 1)} dài ${count((row[longest] as string).length)} ký tự`);
}

/**
 * Why an unfinished line grew past MAX_LINE_CHARS, said plainly: inside a quoted field (a field
 * too long, or a quote never closed — only the rest of the file could tell), or a line too long
 * (with how many columns it has so far when that is the reason).
 */
function tooLong(pending: string, delimiter: string, file: string, line: number): DraftIssue {
  let quoted = false;
  let fieldStart = 0;
  let columns = 1;
  for (let i = 0; i < pending.length; i++) {
    const ch = pending[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) {
      columns++;
      fieldStart = i + 1;
    }
  }
  if (quoted) {
    return issue(
      CSV_ISSUE_CODES.fieldTooLong,
      `Ô thứ ${count(columns)} của dòng ${line} (bắt đầu bằng dấu ngoặc kép) dài hơn ${LIMIT}: ô quá dài, hoặc dấu ngoặc kép mở ở đó không được đóng (tệp ${file}, dòng ${line}).`,
      { file, line },
    );
  }
  const why =
    columns > 1000
      ? `có hơn ${count(columns)} cột`
      : `ô thứ ${count(columns)} dài ${count(pending.length - fieldStart)} ký tự mà chưa hết dòng`;
  return lineTooLong(file, line, why);
}
