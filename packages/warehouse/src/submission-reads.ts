import type { FactRecord, SubmissionFilter, SubmissionRecord, ValidationRecord } from './types';

type Query = <T>(sql: string, params?: readonly unknown[]) => Promise<T[]>;

interface SubmissionRow {
  id: number;
  unit_code: string;
  period: string;
  form: SubmissionRecord['form'];
  version: number;
  supersedes: number | null;
  status: SubmissionRecord['status'];
  plugin: string;
  file_sha256: string;
  file_name: string;
  sheet: string | null;
  draft_key: string;
  uploaded_by: string;
  received_at: string;
  fact_count: number;
  current: boolean;
}

const SELECT_SUBMISSIONS = `
  select s.*, (c.id is not null) as current
  from submissions s left join current_submissions c on c.id = s.id`;

function toRecord(r: SubmissionRow): SubmissionRecord {
  return {
    id: r.id,
    unitCode: r.unit_code,
    period: r.period,
    form: r.form,
    version: r.version,
    supersedes: r.supersedes,
    status: r.status,
    plugin: r.plugin,
    fileSha256: r.file_sha256,
    fileName: r.file_name,
    sheet: r.sheet,
    draftKey: r.draft_key,
    uploadedBy: r.uploaded_by,
    receivedAt: r.received_at,
    factCount: r.fact_count,
    current: r.current,
  };
}

export async function getSubmission(query: Query, id: number): Promise<SubmissionRecord | null> {
  const [row] = await query<SubmissionRow>(`${SELECT_SUBMISSIONS} where s.id = $1`, [id]);
  return row ? toRecord(row) : null;
}

/** Every version matching the filter, ordered by unit, period, form, version. */
export async function listSubmissions(query: Query, filter: SubmissionFilter = {}): Promise<SubmissionRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (column: string, value: string | undefined): void => {
    if (value === undefined) return;
    params.push(value);
    where.push(`s.${column} = $${params.length}`);
  };
  add('unit_code', filter.unit);
  add('period', filter.period);
  add('form', filter.form);
  add('status', filter.status);
  if (filter.currentOnly) where.push('c.id is not null');
  const clause = where.length > 0 ? ` where ${where.join(' and ')}` : '';
  const rows = await query<SubmissionRow>(`${SELECT_SUBMISSIONS}${clause} order by s.unit_code, s.period, s.form, s.version`, params);
  return rows.map(toRecord);
}

interface FactRow {
  submission_id: number;
  unit_code: string;
  period: string;
  form: FactRecord['form'];
  indicator: string;
  option: string | null;
  num_value: number | null;
  bool_value: boolean | null;
  text_value: string | null;
  source_file: string;
  source_sheet: string | null;
  source_cell: string | null;
  source_line: number | null;
}

/** The facts of one submission in the order they were stored. */
export async function getFacts(query: Query, submissionId: number): Promise<FactRecord[]> {
  const rows = await query<FactRow>('select * from facts where submission_id = $1 order by fact_seq', [submissionId]);
  return rows.map((r) => ({
    submissionId: r.submission_id,
    unitCode: r.unit_code,
    period: r.period,
    form: r.form,
    indicator: r.indicator,
    option: r.option,
    num: r.num_value,
    bool: r.bool_value,
    text: r.text_value,
    source: {
      file: r.source_file,
      ...(r.source_sheet !== null && { sheet: r.source_sheet }),
      ...(r.source_cell !== null && { cell: r.source_cell }),
      ...(r.source_line !== null && { line: r.source_line }),
    },
  }));
}

export async function getValidation(query: Query, submissionId: number): Promise<ValidationRecord[]> {
  const rows = await query<{
    submission_id: number;
    severity: ValidationRecord['severity'];
    rule: string;
    cell: string | null;
    message: string;
  }>('select * from validation_results where submission_id = $1 order by rowid', [submissionId]);
  return rows.map((r) => ({ submissionId: r.submission_id, severity: r.severity, rule: r.rule, cell: r.cell, message: r.message }));
}
