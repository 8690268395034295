import { HEAD_BYTES, type IngestFile } from '@tonghop/ingest-contract';
import { longHeaderScore, mapLongHeader, type LongColumns } from '../long-header';
import { findHeader, headText } from '../sniff';
import type { FileScan } from './scan';

/** How the staged path reads a long CSV: its delimiter, its header width and where each column is. */
export interface StagedPlan {
  delimiter: string;
  width: number;
  cols: LongColumns;
}

/**
 * The plan for a long CSV the staged path can read exactly as the csv-long plugin would: UTF-8
 * (with or without BOM), the header on line 1 with every column found once. Anything else (UTF-16,
 * a preamble, a bad header) is null and the file goes the plugin's way, which explains problems.
 */
export function stagedPlan(file: IngestFile): StagedPlan | null {
  const head = headText(file.head, file.size > HEAD_BYTES);
  if (head === null || head.encoding.encoding !== 'utf-8' || head.newline === '\r') return null;
  const header = findHeader(head.lines, (cells) => longHeaderScore(cells) > 0, 1);
  if (header === null || header.index !== 0) return null;
  const mapped = mapLongHeader(header.cells);
  if (mapped.missing.length > 0 || mapped.duplicates.length > 0) return null;
  return { delimiter: header.delimiter, width: header.cells.length, cols: mapped.columns };
}

/**
 * Whether DuckDB's rows are the file's lines one to one (row n is line n + 2): no lone CR, no
 * blank line inside, no field running over two lines. Each of those makes fewer rows than lines.
 */
export function rowsAreLines(scan: FileScan, rows: number): boolean {
  return (scan.cr === 0 || scan.cr === scan.lf) && rows > 0 && rows + 1 === scan.lines;
}
