import type { DraftIssue, IngestFile, ReadContext } from '@tonghop/ingest-contract';
import { issue } from '@tonghop/ingest-contract';
import type { DecodeFailure } from './decode';
import { decodeFile } from './decode';
import { CSV_ISSUE_CODES, CsvReadError } from './errors';
import type { RowBatch } from './rows';
import { csvRows } from './rows';
import type { Delimiter, HeadText } from './sniff';

/** Stop collecting file-level errors after this many: the user fixes the pattern, not every line. */
export const MAX_FILE_ERRORS = 20;

/** The rows of a CSV file, decoded and parsed as a stream, and what went wrong on the way. */
export interface CsvSource {
  batches: AsyncIterable<RowBatch>;
  /** Quote problems found while parsing; read after the batches are consumed. */
  issues: DraftIssue[];
  /** Decoding failure (the file stops being valid text); read after the batches are consumed. */
  failure: { value: DecodeFailure | null };
}

export function openCsv(file: IngestFile, head: HeadText, delimiter: Delimiter, ctx: ReadContext): CsvSource {
  const failure: { value: DecodeFailure | null } = { value: null };
  const issues: DraftIssue[] = [];
  const onBytes = ctx.onProgress ? (n: number) => ctx.onProgress?.(n, file.size) : undefined;
  const text = decodeFile(file.path, head.encoding, { failure, signal: ctx.signal, onBytes });
  return { batches: wrapIo(file.name, csvRows(text, { delimiter, newline: head.newline }, file.name, issues)), issues, failure };
}

/** I/O failures (the file vanished, a disk error) are thrown as `CsvReadError`; bad content never is. */
async function* wrapIo<T>(name: string, source: AsyncGenerator<T>): AsyncGenerator<T> {
  try {
    yield* source;
  } catch (error: unknown) {
    throw new CsvReadError(name, error);
  }
}

/**
 * The file-level errors after reading, with the reader's own: a decoding failure alone (it
 * explains any broken row after it, such as the cut last line), else the quote and reader errors.
 */
export function sourceErrors(file: string, src: CsvSource, own: ErrorList): DraftIssue[] {
  const f = src.failure.value;
  return f ? [decodeIssue(file, f)] : [...src.issues, ...own.list(file)];
}

export function decodeIssue(file: string, f: DecodeFailure): DraftIssue {
  const where = { file, line: f.line };
  switch (f.kind) {
    case 'not-utf8':
      return issue(
        CSV_ISSUE_CODES.notUtf8,
        `Tệp ${file} không phải UTF-8 (có thể là Windows-1258 hoặc Latin-1): ký tự không đọc được ở dòng ${f.line}. Hãy lưu lại tệp dạng "CSV UTF-8".`,
        where,
      );
    case 'mixed':
      return issue(
        CSV_ISSUE_CODES.mixedEncoding,
        `Tệp ${file} trộn nhiều bảng mã: phần đầu là UTF-8 nhưng dòng ${f.line} có ký tự không phải UTF-8. Hãy lưu lại toàn bộ tệp dạng "CSV UTF-8".`,
        where,
      );
    case 'bad-utf16':
      return issue(CSV_ISSUE_CODES.badUtf16, `Tệp ${file} (UTF-16) bị hỏng: ký tự không đọc được ở dòng ${f.line}.`, where);
    case 'nul':
      return issue(
        CSV_ISSUE_CODES.nulByte,
        `Tệp ${file} có ký tự rỗng (NUL, mã 0) ở dòng ${f.line}: tệp bị hỏng hoặc không phải tệp văn bản. Hãy mở tệp bằng Excel và lưu lại dạng "CSV UTF-8".`,
        where,
      );
  }
}

export const fileIssues = {
  notText: (file: string) =>
    issue(CSV_ISSUE_CODES.notText, `Tệp ${file} không phải tệp CSV (văn bản): dòng 1 chứa dữ liệu nhị phân.`, { file, line: 1 }),
  empty: (file: string) => issue(CSV_ISSUE_CODES.empty, `Tệp ${file} trống: không có dòng nào (dòng 1).`, { file, line: 1 }),
  headerOnly: (file: string, line: number) =>
    issue(CSV_ISSUE_CODES.headerOnly, `Tệp ${file} chỉ có dòng tiêu đề (dòng ${line}), không có dòng số liệu nào.`, { file, line }),
  fieldCount: (file: string, line: number, got: number, want: number) =>
    issue(
      CSV_ISSUE_CODES.fieldCount,
      `Dòng ${line} có ${got} cột, trong khi dòng tiêu đề có ${want} cột (tệp ${file}). Kiểm tra dấu phân cách và dấu ngoặc kép.`,
      { file, line },
    ),
  tooMany: (file: string, line: number, more: number) =>
    issue(CSV_ISSUE_CODES.tooManyErrors, `Còn ${more} lỗi khác trong tệp ${file} (từ dòng ${line}), không liệt kê hết.`, { file, line }),
};

/** A bounded list of file-level errors: the first MAX_FILE_ERRORS, then one summary. */
export class ErrorList {
  readonly items: DraftIssue[] = [];
  private extra = 0;
  private extraLine = 0;

  add(e: DraftIssue): void {
    if (this.items.length < MAX_FILE_ERRORS) this.items.push(e);
    else if (this.extra++ === 0) this.extraLine = e.source.line ?? 0;
  }

  list(file: string): DraftIssue[] {
    return this.extra > 0 ? [...this.items, fileIssues.tooMany(file, this.extraLine, this.extra)] : this.items;
  }

  get size(): number {
    return this.items.length + this.extra;
  }
}

/** True when a row holds nothing but empty or blank cells (Excel writes `,,,,` rows). */
export function isBlankRow(row: readonly string[]): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

/** Right-trims empty trailing cells beyond `width` (Excel pads rows); null when the count is wrong. */
export function fitRow(row: string[], width: number): string[] | null {
  if (row.length === width) return row;
  if (row.length < width) return null;
  for (let i = width; i < row.length; i++) if ((row[i] as string).trim() !== '') return null;
  return row.slice(0, width);
}
