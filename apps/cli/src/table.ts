import Table from 'cli-table3';

export type Align = 'left' | 'right';

// No box: a header, a rule under it, columns two spaces apart (reads well in any terminal and in
// a log file; cli-table3 measures Vietnamese letters and wide characters by display width).
const CHARS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '─',
  'mid-mid': '──',
  right: '',
  'right-mid': '',
  middle: '  ',
};

/** An aligned text table of human output: `head` over `rows`; numbers are right-aligned by `align`. */
export function renderTable(head: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const table = new Table({
    head: [...head],
    chars: CHARS,
    colAligns: head.map((_, i) => align[i] ?? 'left'),
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
  });
  for (const row of rows) table.push([...row]);
  return table
    .toString()
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}
