import type { DraftIssue, SubmissionDraft } from '@tonghop/ingest-contract';
import { issue } from '@tonghop/ingest-contract';
import { CSV_ISSUE_CODES } from './errors';
import type { WideColumns } from './wide-header';

/** A unit row of the current block, kept until the next total row or the end of the file. */
export interface BlockRow {
  draft: SubmissionDraft;
  row: readonly string[];
}

/**
 * A number written the Vietnamese way, for the total check only: "7.554" and "7 554" are 7554,
 * "1.234,5" is 1234.5. Anything else (percentages, text, booleans) is null and not checked.
 */
export function looseNumber(text: string): number | null {
  const t = text.replace(/[\s\u00a0]/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^-?\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^-?\d+\.\d+$/.test(t)) return Number(t);
  return null;
}

/**
 * Compares a total row with the sum of the unit rows above it, column by column. A column is
 * checked only when the total and every filled cell above are numbers. A mismatch becomes a
 * warning on every draft of the block (each unit's submission says its table's total is off).
 */
export function checkTotals(
  block: readonly BlockRow[],
  total: readonly string[],
  line: number,
  cols: WideColumns,
  file: string,
): DraftIssue[] {
  const warnings: DraftIssue[] = [];
  const label = cols.labelColumns.map((i) => (total[i] ?? '').trim()).find((t) => t !== '') ?? 'Tổng cộng';
  for (const { index, text } of cols.indicators) {
    const written = looseNumber(total[index] ?? '');
    if (written === null) continue;
    let sum = 0;
    let numeric = true;
    for (const { row } of block) {
      const cell = (row[index] ?? '').trim();
      if (cell === '') continue;
      const n = looseNumber(cell);
      if (n === null) {
        numeric = false;
        break;
      }
      sum += n;
    }
    if (!numeric || Math.abs(sum - written) <= 1e-9 * Math.max(1, Math.abs(written))) continue;
    const shown = Math.round(sum * 1e6) / 1e6;
    warnings.push(
      issue(
        CSV_ISSUE_CODES.totalMismatch,
        `Dòng "${label}" (dòng ${line}, tệp ${file}) ghi ${text} = ${(total[index] ?? '').trim()}, nhưng tổng các đơn vị phía trên là ${shown}.`,
        { file, line },
      ),
    );
  }
  for (const { draft } of block) draft.warnings.push(...warnings);
  return warnings;
}
