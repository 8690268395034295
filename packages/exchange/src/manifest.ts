import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { EXCHANGE_ERROR_CODES, ExchangeError } from './errors';

/** The version of the export layout (tables, columns, partitions). An import reads only this one. */
export const EXCHANGE_SCHEMA_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const EXPORT_FORMAT = 'tonghop-parquet';

/** The tables of an export: a folder each, `<table>/province=<code>[/period=<code>]/data_0.parquet`. */
export const EXPORT_TABLES = ['units', 'crosswalk', 'submissions', 'validation', 'facts', 'figures'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export interface ExportManifest {
  format: typeof EXPORT_FORMAT;
  schema_version: number;
  /** A UUID per export: importing the same export twice is recognised by it. */
  export_id: string;
  instance: { id: string; name: string };
  /** ISO time of the export (UTC). */
  exported_at: string;
  /** What was asked: `--unit`, `--period` (null = everything). */
  selection: { unit: string | null; period: string | null };
  /** Codes of the provinces (root units) the export holds. */
  provinces: string[];
  /** Rows per table; a table that the exporting database does not have is absent. */
  counts: Partial<Record<ExportTable, number>>;
  /** The warehouse migrations the exporting database had (the highest tells its schema). */
  warehouse_migrations: number[];
  /** Why a table is missing or partial (e.g. the figures when the pipeline had not run). */
  notes: string[];
}

/** Reads and checks `DIR/manifest.json`: a folder, our format, our schema version. */
export async function readManifest(dir: string): Promise<ExportManifest> {
  const notAnExport = (why: string, cause?: unknown) =>
    new ExchangeError(EXCHANGE_ERROR_CODES.IMPORT_NOT_AN_EXPORT, `"${dir}" không phải thư mục xuất Parquet của tonghop: ${why}.`, {
      cause,
    });
  const info = await stat(dir).catch(() => null);
  if (info === null) throw notAnExport('không tồn tại');
  if (!info.isDirectory()) throw notAnExport('đây là một tệp, không phải thư mục');
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_FILE), 'utf8');
  } catch (error: unknown) {
    throw notAnExport(`không có tệp ${MANIFEST_FILE}`, error);
  }
  let manifest: Partial<ExportManifest>;
  try {
    manifest = JSON.parse(text) as Partial<ExportManifest>;
  } catch (error: unknown) {
    throw notAnExport(`tệp ${MANIFEST_FILE} không phải JSON hợp lệ`, error);
  }
  if (manifest === null || typeof manifest !== 'object' || manifest.format !== EXPORT_FORMAT) {
    throw notAnExport(`tệp ${MANIFEST_FILE} không có "format": "${EXPORT_FORMAT}"`);
  }
  if (manifest.schema_version !== EXCHANGE_SCHEMA_VERSION) {
    throw new ExchangeError(
      EXCHANGE_ERROR_CODES.IMPORT_SCHEMA_VERSION,
      `Bản xuất "${dir}" có phiên bản lược đồ ${JSON.stringify(manifest.schema_version ?? null)}, phiên bản này của tonghop chỉ đọc được phiên bản ${EXCHANGE_SCHEMA_VERSION}. Hãy xuất lại bằng cùng phiên bản tonghop.`,
    );
  }
  const ok =
    typeof manifest.export_id === 'string' &&
    typeof manifest.instance?.id === 'string' &&
    typeof manifest.instance.name === 'string' &&
    typeof manifest.exported_at === 'string' &&
    Array.isArray(manifest.provinces) &&
    manifest.counts !== null &&
    typeof manifest.counts === 'object';
  if (!ok) throw notAnExport(`tệp ${MANIFEST_FILE} thiếu export_id, instance, exported_at, provinces hoặc counts`);
  return manifest as ExportManifest;
}
