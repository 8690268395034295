import type { ExportTable } from './manifest';

/**
 * What each table of an export holds (schema version 1): the SELECT over the warehouse and the
 * selection temp tables (selection.ts), and the Hive partition columns. Partition columns are
 * also written into the files, so each file reads alone and types never depend on the path.
 */
export interface TableLayout {
  table: ExportTable;
  partitionBy: readonly ('province' | 'period')[];
  sql: string;
}

/** The groups of one unit version (`u`), as sorted `key:value` texts. */
export const VERSION_GROUPS = `coalesce((select list(g.key || ':' || g.value order by g.key, g.value) from main.unit_groups as g
  where g.unit_code = u.code and g.valid_from is not distinct from u.valid_from), [])`;

/** Every version of every chosen unit (006: a code may have several, with validity ranges that do not overlap). */
export const UNITS: TableLayout = {
  table: 'units',
  partitionBy: ['province'],
  sql: `select u.code, u.name, u.type, u.parent_code, u.valid_from, u.valid_to, ${VERSION_GROUPS} as groups, e.province
        from main.units as u join exchange_units as e using (code)
        order by e.province, u.code, u.valid_from nulls first`,
};

/** The crosswalk (006 `unit_links`) rows whose old unit is chosen, in the old unit's province. */
export const CROSSWALK: TableLayout = {
  table: 'crosswalk',
  partitionBy: ['province'],
  sql: `select l.level, l.old_code, l.new_code, l.link, l.effective, l.imported_at, e.province
        from main.unit_links as l join exchange_units as e on e.code = l.old_code
        order by l.old_code, l.new_code, l.effective`,
};

/** Every version, with its file's size and, for a submission imported from elsewhere, its first origin. */
export const SUBMISSIONS: TableLayout = {
  table: 'submissions',
  partitionBy: ['province', 'period'],
  sql: `select s.id, s.unit_code, s.period, s.form, s.version, s.supersedes, s.status, s.plugin,
               s.file_sha256, s.file_name, f.size as file_size, f.stored_at as file_stored_at, s.sheet, s.draft_key,
               s.uploaded_by, s.received_at, s.fact_count,
               o.instance_id as origin_instance_id, o.instance_name as origin_instance_name,
               o.exported_at as origin_exported_at, o.original_id as origin_id,
               e.province
        from main.submissions as s
        join exchange_subs using (id)
        join exchange_units as e on e.code = s.unit_code
        left join main.files as f on f.sha256 = s.file_sha256
        left join main.submission_origins as o on o.submission_id = s.id
        order by s.id`,
};

export const VALIDATION: TableLayout = {
  table: 'validation',
  partitionBy: ['province', 'period'],
  sql: `select v.submission_id, v.severity, v.rule, v.cell, v.message, s.period, e.province
        from main.validation_results as v
        join exchange_subs on exchange_subs.id = v.submission_id
        join main.submissions as s on s.id = v.submission_id
        join exchange_units as e on e.code = s.unit_code
        order by v.submission_id, v.rowid`,
};

/** Facts with their submission's unit, period, form and file, and their source cell or line; fact_seq = storing order. */
export const FACTS: TableLayout = {
  table: 'facts',
  partitionBy: ['province', 'period'],
  sql: `select f.submission_id, s.unit_code, s.period, s.form, f.indicator, f.option, f.num_value, f.bool_value, f.text_value,
               s.file_name as source_file, f.source_sheet, f.source_cell, f.source_line, f.rowid as fact_seq, e.province
        from main.fact_values as f
        join exchange_subs on exchange_subs.id = f.submission_id
        join main.submissions as s on s.id = f.submission_id
        join exchange_units as e on e.code = s.unit_code
        order by f.rowid`,
};

/** Columns of the figures table (one row per figure of `getRollup` for a province or the chosen unit, per period). */
export const FIGURE_COLUMNS = {
  unit: 'VARCHAR',
  period: 'VARCHAR',
  indicator: 'VARCHAR',
  option: 'VARCHAR',
  label: 'VARCHAR',
  aggregation: 'VARCHAR',
  value: 'DOUBLE',
  numerator: 'DOUBLE',
  denominator: 'DOUBLE',
  reporting_units: 'INTEGER',
  expected_units: 'INTEGER',
  false_units: 'VARCHAR[]',
  derived: 'BOOLEAN',
  texts: 'STRUCT(unit VARCHAR, text VARCHAR)[]',
  province: 'VARCHAR',
} as const;

export const FIGURES_PARTITION = ['province', 'period'] as const;

/** `table/**\/*.parquet` under an export folder (the glob DuckDB reads). */
export function tableGlob(dir: string, table: ExportTable): string {
  return `${dir}/${table}/**/*.parquet`;
}
