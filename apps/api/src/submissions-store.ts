import type { WarehouseLike } from './deps';
import type { FactBody, SubmissionBody } from './schemas';
import { displayName } from './upload/file-name';

/** Read-only queries over the warehouse's submissions, facts and validation results (schema 001). */

export interface SubmissionFilter {
  unit?: string;
  period?: string;
  form?: string;
  status?: string;
  limit: number;
  offset: number;
}

// `current` comes from the warehouse's view: the latest accepted/warning version per (unit, period, form).
const BASE = `
  select s.id, s.unit_code as unit, s.period, s.form, s.version, s.supersedes, (c.id is not null) as current,
    s.status, s.plugin, s.file_name as file, s.sheet, s.file_sha256 as sha256, f.size, s.uploaded_by,
    s.received_at, s.fact_count as facts
  from submissions s
  left join current_submissions c on c.id = s.id
  left join files f on f.sha256 = s.file_sha256`;

interface Row extends Omit<SubmissionBody, 'current'> {
  current: boolean | null;
}

function toBody(r: Row): SubmissionBody {
  return {
    ...r,
    file: displayName(r.file),
    id: Number(r.id),
    version: Number(r.version),
    supersedes: r.supersedes === null ? null : Number(r.supersedes),
    current: r.current === true,
    size: r.size === null ? null : Number(r.size),
    facts: Number(r.facts),
  };
}

export async function listSubmissions(wh: WarehouseLike, f: SubmissionFilter): Promise<SubmissionBody[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [col, value] of [
    ['unit', f.unit],
    ['period', f.period],
    ['form', f.form],
    ['status', f.status],
  ] as const) {
    if (value === undefined) continue;
    params.push(value);
    where.push(`${col} = $${params.length}`);
  }
  params.push(f.limit, f.offset);
  const sql = `select * from (${BASE}) ${where.length ? `where ${where.join(' and ')}` : ''}
    order by unit, period, form, version limit $${params.length - 1} offset $${params.length}`;
  return (await wh.query<Row>(sql, params)).map(toBody);
}

export async function getSubmission(wh: WarehouseLike, id: number): Promise<SubmissionBody | null> {
  const rows = await wh.query<Row>(`select * from (${BASE}) where id = $1`, [id]);
  return rows[0] ? toBody(rows[0]) : null;
}

/** Every version of the submission's (unit, period, form), oldest first. */
export async function versionsOf(wh: WarehouseLike, s: SubmissionBody): Promise<SubmissionBody[]> {
  const rows = await wh.query<Row>(`select * from (${BASE}) where unit = $1 and period = $2 and form = $3 order by version`, [
    s.unit,
    s.period,
    s.form,
  ]);
  return rows.map(toBody);
}

export async function issuesOf(wh: WarehouseLike, id: number) {
  const rows = await wh.query<{ severity: string; rule: string; cell: string | null; message: string }>(
    'select severity, rule, cell, message from validation_results where submission_id = $1 order by rowid',
    [id],
  );
  const pick = (sev: string) => rows.filter((r) => r.severity === sev).map(({ cell, rule, message }) => ({ cell, rule, message }));
  return { errors: pick('error'), warnings: pick('warning') };
}

interface FactRow {
  indicator: string;
  option: string | null;
  num_value: number | null;
  bool_value: boolean | null;
  text_value: string | null;
  unit_code: string;
  period: string;
  source_file: string;
  source_sheet: string | null;
  source_cell: string | null;
  source_line: number | null;
}

export async function factsOf(wh: WarehouseLike, id: number): Promise<FactBody[]> {
  const rows = await wh.query<FactRow>(
    `select indicator, option, num_value, bool_value, text_value, unit_code, period, source_file, source_sheet, source_cell, source_line
     from facts where submission_id = $1 order by fact_seq`,
    [id],
  );
  return rows.map((r) => ({
    indicator: r.indicator,
    option: r.option,
    value: r.num_value ?? r.bool_value ?? r.text_value,
    unit: r.unit_code,
    period: r.period,
    file: displayName(r.source_file),
    sheet: r.source_sheet,
    cell: r.source_cell,
    line: r.source_line === null ? null : Number(r.source_line),
  }));
}
