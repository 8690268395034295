import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { FiguresError, getRollup } from '@tonghop/figures';
import type { Warehouse } from '@tonghop/warehouse';
import { EXCHANGE_ERROR_CODES, ExchangeError } from './errors';
import { writeFigures, type FigureRow } from './figures';
import { CROSSWALK, FACTS, SUBMISSIONS, UNITS, VALIDATION, type TableLayout } from './layout';
import { EXCHANGE_SCHEMA_VERSION, EXPORT_FORMAT, MANIFEST_FILE, type ExportManifest, type ExportTable } from './manifest';
import { selectForExport } from './selection';
import { exec, rows } from './sql';

export interface ExportParquetOptions {
  /** The folder to create (it must not exist, or be empty). */
  out: string;
  /** Only this unit and the units below it. */
  unit?: string | null;
  /** Only the submissions, facts and figures of this period (units are always all versions). */
  period?: string | null;
  clock?: () => Date;
}

export interface ExportParquetResult {
  dir: string;
  manifest: ExportManifest;
}

/**
 * Writes the instance's data as Hive-partitioned Parquet (spec §9): `units/province=…`,
 * `submissions|validation|facts|figures/province=…/period=…`, and `manifest.json`. Everything
 * is read in one read-only snapshot; the folder appears whole (written beside it, then renamed).
 */
export async function exportParquet(wh: Warehouse, opts: ExportParquetOptions): Promise<ExportParquetResult> {
  const clock = opts.clock ?? (() => new Date());
  const out = resolve(opts.out);
  await assertFreeTarget(out);
  const unit = opts.unit ?? null;
  const period = opts.period ?? null;
  const partial = join(dirname(out), `.${randomUUID()}.partial`);
  await mkdir(partial, { recursive: true });
  try {
    const counts: Partial<Record<ExportTable, number>> = {};
    const notes: string[] = [];
    const snapshot = await wh.readOnly(async (conn) => {
      if (unit !== null && (await rows(conn, 'select 1 from main.units where code = $1', [unit])).length === 0) {
        throw new ExchangeError(EXCHANGE_ERROR_CODES.EXPORT_UNIT_NOT_FOUND, `Không có đơn vị mã "${unit}" để xuất.`);
      }
      await selectForExport(conn, unit, period);
      for (const layout of [UNITS, CROSSWALK, SUBMISSIONS, VALIDATION, FACTS])
        counts[layout.table] = await copyTable(conn, layout, partial);
      const [instance] = await rows<{ id: string }>(conn, 'select id from main.exchange_instance limit 1');
      const roots = await rows<{ code: string; name: string; province: string }>(
        conn,
        unit === null
          ? `select u.code, arg_max(u.name, coalesce(u.valid_from, date '0001-01-01')) as name, any_value(e.province) as province
             from main.units u join exchange_units e using (code) group by u.code
             having bool_and(u.parent_code is null) order by u.code`
          : `select u.code, arg_max(u.name, coalesce(u.valid_from, date '0001-01-01')) as name, any_value(e.province) as province
             from main.units u join exchange_units e using (code) where u.code = $1 group by u.code`,
        unit === null ? [] : [unit],
      );
      const periods = await rows<{ period: string }>(
        conn,
        `select distinct s.period from main.submissions s join exchange_subs using (id) order by 1`,
      );
      const migrations = await rows<{ version: number }>(conn, 'select version from main.schema_migrations order by version');
      return { instanceId: instance?.id ?? '', roots, periods: periods.map((p) => p.period), migrations: migrations.map((m) => m.version) };
    });
    const figures: FigureRow[] = [];
    try {
      for (const root of snapshot.roots) {
        for (const p of snapshot.periods) {
          const rollup = await getRollup(wh, { unit: root.code, period: p });
          for (const f of rollup.figures) figures.push({ ...f, unit: root.code, period: p, province: root.province });
        }
      }
      counts.figures = await writeFigures(wh, figures, partial);
    } catch (error: unknown) {
      if (!(error instanceof FiguresError) || error.code !== 'FIGURES_NOT_RUN') throw error;
      notes.push('Chưa chạy quy trình tổng hợp (tonghop run) trên cơ sở dữ liệu xuất: bản xuất không có bảng figures.');
    }
    const manifest: ExportManifest = {
      format: EXPORT_FORMAT,
      schema_version: EXCHANGE_SCHEMA_VERSION,
      export_id: randomUUID(),
      instance: { id: snapshot.instanceId, name: snapshot.roots.map((r) => r.name).join(', ') || 'tonghop' },
      exported_at: clock().toISOString(),
      selection: { unit, period },
      provinces: [...new Set(snapshot.roots.map((r) => r.province))],
      counts,
      warehouse_migrations: snapshot.migrations,
      notes,
    };
    await writeFile(join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    await rm(out, { recursive: true, force: true }); // an empty folder, checked above
    await rename(partial, out);
    return { dir: out, manifest };
  } catch (error: unknown) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

/** COPY one table into `<dir>/<table>/`, partitioned; returns the rows written (a table with no rows writes no file). */
async function copyTable(conn: DuckDBConnection, layout: TableLayout, dir: string): Promise<number> {
  const target = join(dir, layout.table);
  return exec(
    conn,
    `copy (${layout.sql}) to $1 (format parquet, partition_by (${layout.partitionBy.join(', ')}), write_partition_columns true)`,
    [target],
  );
}

async function assertFreeTarget(out: string): Promise<void> {
  const info = await stat(out).catch(() => null);
  if (info === null) return;
  if (!info.isDirectory() || (await readdir(out)).length > 0) {
    throw new ExchangeError(
      EXCHANGE_ERROR_CODES.EXPORT_OUT_NOT_EMPTY,
      `Thư mục xuất "${out}" đã có và không trống; hãy chọn một thư mục mới (bản xuất không ghi lẫn với tệp khác).`,
    );
  }
}
