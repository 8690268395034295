/**
 * Finds the (line, column) DuckDB points at in an error message:
 *   "...\n\nLINE 3:   nope from r.t\n          ^"
 * The context shown may be cut with "..." at either end; the caret column is located by finding the
 * shown text in the statement's line. Returns null when the message has no position.
 */
export function errorPosition(message: string, statement: string): { line: number; column: number } | null {
  const match = /LINE (\d+): (.*)\n( *)\^/.exec(message);
  if (match === null) return null;
  const line = Number(match[1]);
  const prefix = `LINE ${match[1]}: `.length;
  let shown = match[2] ?? '';
  let caret = (match[3] ?? '').length - prefix;
  if (shown.startsWith('...')) {
    shown = shown.slice(3);
    caret -= 3;
  }
  if (shown.endsWith('...')) shown = shown.slice(0, -3);
  const text = statement.split('\n')[line - 1] ?? '';
  const at = text.indexOf(shown);
  return { line, column: Math.max(at, 0) + Math.max(caret, 0) + 1 };
}
