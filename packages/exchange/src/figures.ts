import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RollupFigure } from '@tonghop/figures';
import type { Warehouse } from '@tonghop/warehouse';
import { FIGURE_COLUMNS, FIGURES_PARTITION } from './layout';
import { exec } from './sql';

export type FigureRow = RollupFigure & { unit: string; period: string; province: string };

/** The figures (computed by `getRollup`) into `<dir>/figures/`, through a JSON lines file DuckDB reads. */
export async function writeFigures(wh: Pick<Warehouse, 'readOnly'>, figures: readonly FigureRow[], dir: string): Promise<number> {
  if (figures.length === 0) return 0;
  const lines = join(dir, `.figures-${randomUUID()}.jsonl`);
  const names = Object.keys(FIGURE_COLUMNS) as (keyof typeof FIGURE_COLUMNS)[];
  await writeFile(
    lines,
    figures
      .map((f) => JSON.stringify(Object.fromEntries(names.map((n) => [n, n === 'texts' ? (f.texts ?? null) : (f[n] ?? null)]))))
      .join('\n'),
  );
  try {
    const columns = `{${names.map((n) => `'${n}': '${FIGURE_COLUMNS[n]}'`).join(', ')}}`;
    return await wh.readOnly((conn) =>
      exec(
        conn,
        `copy (select * from read_json($1, format = 'newline_delimited', columns = ${columns})) to $2
         (format parquet, partition_by (${FIGURES_PARTITION.join(', ')}), write_partition_columns true)`,
        [lines, join(dir, 'figures')],
      ),
    );
  } finally {
    await rm(lines, { force: true });
  }
}
