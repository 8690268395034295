import type { Located } from '@tonghop/ingest-contract';
import { preambleRole } from './headers';

/** Period and form given above a wide table's header, each with its line. */
export interface Preamble {
  period: Located | null;
  form: Located | null;
}

/**
 * Reads one line above the header: "Kỳ báo cáo: 6 tháng đầu năm 2022" in one cell, or the label
 * in one cell and the value in the next non-empty one ("Biểu mẫu,XA"). Other lines (titles) are
 * ignored. The first value given for a label wins.
 */
export function readPreambleLine(preamble: Preamble, cells: readonly string[], file: string, line: number): void {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  const first = filled[0];
  if (first === undefined) return;
  const colon = first.indexOf(':');
  const label = colon === -1 ? first : first.slice(0, colon);
  const inline = colon === -1 ? '' : first.slice(colon + 1).trim();
  const role = preambleRole(label);
  if (role === null) return;
  const value = inline !== '' ? inline : (filled[1] ?? '');
  if (value === '' || preamble[role] !== null) return;
  preamble[role] = { text: value, source: { file, line } };
}
