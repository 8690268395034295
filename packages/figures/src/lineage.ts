import { assertPipelineRun, assertUnit, checkedPeriod } from './checks';
import { FiguresError } from './errors';
import type { Lineage, LineageCell, LineageSubmission, ReadDb, SubmissionOrigin } from './types';
import { rollupModels } from './models';

export interface LineageQuery {
  unit: string;
  period: string;
  indicator: string;
  option?: string | null;
}

interface Row {
  submission_id: number;
  unit_code: string;
  period: string;
  form: string;
  version: number;
  status: string;
  file_name: string;
  file_sha256: string;
  sheet: string | null;
  derived: boolean;
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

/** The submissions and fact cells that make one figure (a ratio: its numerator's and denominator's cells). */
export async function getLineage(db: ReadDb, q: LineageQuery): Promise<Lineage> {
  await assertPipelineRun(db);
  await assertUnit(db, q.unit);
  checkedPeriod(q.period);
  const known = await db.query(`select code from main.indicators where code = $1`, [q.indicator]);
  if (known.length === 0) throw new FiguresError('INDICATOR_NOT_FOUND', `Không có chỉ tiêu mã "${q.indicator}" trong danh mục.`);
  const option = q.option ?? null;
  const rows = await db.query<Row>(
    `select * exclude (submission_id, version, source_line), submission_id::bigint as submission_id, version::integer as version,
            source_line::integer as source_line
       from ${rollupModels.lineage.sql}($1, $2, $3)
      where $4::varchar is null or option = $4 or (text_value = $4 and option is null)
      order by unit_code, submission_id, indicator, option nulls first, source_line, source_cell`,
    [q.unit, q.period, q.indicator, option],
  );
  const submissions = new Map<number, LineageSubmission>();
  const cells: LineageCell[] = [];
  for (const r of rows) {
    if (!submissions.has(r.submission_id)) {
      submissions.set(r.submission_id, {
        id: r.submission_id,
        unit: r.unit_code,
        period: r.period,
        form: r.form,
        version: r.version,
        status: r.status,
        file_name: r.file_name,
        sha256: r.file_sha256,
        sheet: r.sheet,
        derived: r.derived,
        origin: null,
      });
    }
    cells.push({
      submission_id: r.submission_id,
      unit: r.unit_code,
      indicator: r.indicator,
      option: r.option,
      value: r.num_value ?? r.bool_value ?? r.text_value,
      file: r.source_file,
      sheet: r.source_sheet,
      cell: r.source_cell,
      line: r.source_line,
    });
  }
  if (submissions.size > 0) {
    const origins = await db.query<SubmissionOrigin & { submission_id: number }>(
      `select submission_id::bigint as submission_id, instance_id, instance_name, exported_at, original_id::bigint as original_id, original_sha256
         from main.submission_origins where submission_id in (select unnest($1::bigint[]))`,
      [[...submissions.keys()]],
    );
    for (const { submission_id, ...origin } of origins) {
      const s = submissions.get(submission_id);
      if (s) s.origin = origin;
    }
  }
  return { unit: q.unit, period: q.period, indicator: q.indicator, option, submissions: [...submissions.values()], cells };
}
