import type { DraftIssue, SubmissionDraft } from '@tonghop/ingest-contract';
import { isColumnNumbering } from './form-table';
import type { GridRow } from './grid';
import { readHeaderBlock } from './header-block';
import { isSubHeader, isTableHeader, tableColumns } from './table-header';
import { readTableRow, sheetContext, type SheetContext } from './table-rows';

/** How many rows above the table the header block and title may take. */
const MAX_HEAD_ROWS = 60;

/**
 * Reads one layout 2 sheet row by row (rows may come from the streaming reader): finds the header
 * (one or two rows) within the first rows, then yields one draft per unit row. A total row's
 * mismatch warning goes to the draft of the unit row just above it, so one draft is held back.
 */
export class TableSheetReader {
  private readonly head: GridRow[] = [];
  private header: GridRow | null = null;
  private ctx: SheetContext | null = null;
  private held: SubmissionDraft | null = null;
  private gaveUp = false;
  drafts = 0;

  constructor(
    private readonly file: string,
    private readonly sheet: string,
  ) {}

  /** Feeds one row; returns the drafts that are complete. */
  push(row: GridRow): SubmissionDraft[] {
    if (this.gaveUp) return [];
    if (this.ctx) return this.data(row);
    if (this.header) {
      const header = this.header;
      if (isColumnNumbering(row)) return [];
      const sub = isSubHeader(header, row) ? row : null;
      this.start(header, sub);
      return sub ? [] : this.data(row);
    }
    if (isTableHeader(row)) this.header = row;
    else if (this.head.push(row) > MAX_HEAD_ROWS) this.gaveUp = true;
    return [];
  }

  /** The held-back draft at the end of the sheet. */
  end(): SubmissionDraft[] {
    if (this.header && !this.ctx) this.start(this.header, null);
    const last = this.held;
    this.held = null;
    return last ? [last] : [];
  }

  private start(header: GridRow, sub: GridRow | null): void {
    const block = readHeaderBlock(this.head, this.file, this.sheet);
    this.ctx = sheetContext(this.file, this.sheet, tableColumns(header, sub), block);
  }

  private data(row: GridRow): SubmissionDraft[] {
    if (this.drafts === 0 && isColumnNumbering(row)) return [];
    const result = readTableRow(row, this.ctx!);
    if (result.kind === 'skip') return [];
    if (result.kind === 'total') {
      this.warn(result.warnings);
      return [];
    }
    this.drafts += 1;
    const out = this.held ? [this.held] : [];
    this.held = result.draft;
    return out;
  }

  private warn(warnings: DraftIssue[]): void {
    if (this.held) this.held.warnings.push(...warnings);
  }
}
