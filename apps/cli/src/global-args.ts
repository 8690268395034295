/** Options every command takes (spec §4). Spread into each command's `args`. */
export const globalArgs = {
  db: {
    type: 'string',
    description: 'Tệp cơ sở dữ liệu DuckDB (mặc định: TONGHOP_DB hoặc ./tonghop.duckdb)',
    valueHint: 'PATH',
  },
  json: {
    type: 'boolean',
    description: 'In kết quả dạng JSON trên stdout (không in gì khác)',
  },
} as const;

export interface GlobalArgs {
  db?: string | undefined;
  json?: boolean | undefined;
}

/**
 * Citty hands a sub-command only the arguments after its name, so global options written before
 * the command (`tonghop --json ingest f.csv`) are moved to the end, where every command sees them.
 */
export function hoistGlobalArgs(rawArgs: readonly string[]): string[] {
  const front: string[] = [];
  const rest: string[] = [];
  let i = 0;
  for (; i < rawArgs.length; i++) {
    const token = rawArgs[i] ?? '';
    if (token === '--json' || token.startsWith('--db=') || token.startsWith('--json=')) front.push(token);
    else if (token === '--db' && i + 1 < rawArgs.length) front.push(token, rawArgs[++i] ?? '');
    else if (token.startsWith('-')) rest.push(token);
    else break;
  }
  return [...rest, ...rawArgs.slice(i), ...front];
}
