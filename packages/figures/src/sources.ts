import { assertPipelineRun, assertUnit, checkedPeriod } from './checks';
import { rollupModels } from './models';
import type { LineageSubmission, ReadDb } from './types';

export interface SourcesQuery {
  unit: string;
  period: string;
}

/** Every submission behind a unit's roll-up, and which indicators each gave a value for. */
export interface Sources {
  unit: string;
  period: string;
  /** Ordered by form, unit code, period, id. */
  submissions: (LineageSubmission & { indicators: string[] })[];
}

interface Row {
  id: number;
  unit_code: string;
  period: string;
  form: string;
  version: number;
  status: string;
  file_name: string;
  file_sha256: string;
  sheet: string | null;
  derived: boolean;
  indicators: string;
}

/**
 * The lineage of every figure of a roll-up at once, at submission level (`getLineage` gives the
 * cells of one figure): one read of the pipeline's `unit_values` instead of one per indicator.
 * A ratio's sources are those of its numerator and denominator (the caller joins them).
 */
export async function getSources(db: ReadDb, q: SourcesQuery): Promise<Sources> {
  await assertPipelineRun(db);
  await assertUnit(db, q.unit);
  checkedPeriod(q.period);
  const rows = await db.query<Row>(
    `with used as (
       select unnest(v.submission_ids) as submission_id, v.indicator, v.derived
         from ${rollupModels.unitValues.sql}($1, $2) as v
        where v.option is null
     ),
     per_submission as (
       select submission_id, bool_or(derived) as derived, to_json(list(distinct indicator order by indicator))::varchar as indicators
         from used
        group by submission_id
     )
     select s.id::bigint as id, s.unit_code, s.period, s.form, s.version::integer as version, s.status, s.file_name,
            s.file_sha256, s.sheet, p.derived, p.indicators
       from per_submission as p
       join main.submissions as s on s.id = p.submission_id
      order by s.form, s.unit_code, s.period, s.id`,
    [q.unit, q.period],
  );
  return {
    unit: q.unit,
    period: q.period,
    submissions: rows.map((r) => ({
      id: r.id,
      unit: r.unit_code,
      period: r.period,
      form: r.form,
      version: r.version,
      status: r.status,
      file_name: r.file_name,
      sha256: r.file_sha256,
      sheet: r.sheet,
      derived: r.derived,
      indicators: JSON.parse(r.indicators) as string[],
    })),
  };
}
