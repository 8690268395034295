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
