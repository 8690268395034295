import { assertGroup, assertPipelineRun, assertUnit, checkedPeriod } from './checks';
import { FiguresError } from './errors';
import type { ReadDb, Rollup, RollupFigure } from './types';
import { compareFigures } from './compare';
import { assertAsOf, assertComparison } from './restate-checks';
import { rollupModels } from './models';
import { comparedPeriod, type Comparison } from '@tonghop/core';

export interface RollupQuery {
  unit: string;
  period: string;
  /** Only these indicators (codes); all when absent or empty. */
  indicators?: string[];
  /** `key:value`, e.g. `so_huu:tu_nhan`: only descendants in that group count. */
  group?: string;
  /** ISO date: restate onto the units in force on it (spec §6). */
  asOf?: string;
  /** Add each figure's value for the earlier period, on the same map (spec §6). */
  compare?: Comparison;
}

interface Row {
  indicator: string;
  option: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  reporting_units: number;
  expected_units: number;
  false_units: string;
  texts: string | null;
  derived: boolean;
  label: string;
  aggregation: RollupFigure['aggregation'];
  restated: RollupFigure['restated'];
  predecessors: string;
  partial_predecessors: string;
}

/**
 * The roll-up of spec §4 for a unit and period: every indicator over the unit and its active
 * descendants (current valid versions, derived periods flagged), in catalog order, each total
 * before its options. Reads the `rollup` pipeline's tables; run the pipeline first.
 */
export async function getRollup(db: ReadDb, q: RollupQuery): Promise<Rollup> {
  await assertPipelineRun(db);
  await assertUnit(db, q.unit);
  const { end } = checkedPeriod(q.period);
  if (q.group !== undefined) assertGroup(q.group);
  if (q.asOf !== undefined) await assertAsOf(db, q.unit, q.asOf);
  const now = await readFigures(db, q);
  if (q.compare === undefined) return now;
  // The earlier period on the map of this one: restated onto the units of `asOf`, or of this period's end.
  const earlier = comparedPeriod(q.period, assertComparison(q.compare)).code;
  const then = await readFigures(db, { ...q, period: earlier, asOf: q.asOf ?? end });
  return { ...now, compare: { kind: q.compare, period: earlier }, figures: compareFigures(now.figures, then) };
}

async function readFigures(db: ReadDb, q: RollupQuery): Promise<Rollup> {
  const wanted = q.indicators?.length ? new Set(q.indicators) : null;
  if (wanted !== null) {
    const known = await db.query<{ code: string }>(`select code from main.indicators`);
    const codes = new Set(known.map((k) => k.code));
    const unknown = [...wanted].filter((c) => !codes.has(c));
    if (unknown.length > 0)
      throw new FiguresError('INDICATOR_NOT_FOUND', `Không có chỉ tiêu mã ${unknown.map((c) => `"${c}"`).join(', ')} trong danh mục.`);
  }
  const rows = await db.query<Row>(
    `select f.indicator, f.option, f.value, f.numerator, f.denominator,
            f.reporting_units::integer as reporting_units, f.expected_units::integer as expected_units,
            to_json(f.false_units)::varchar as false_units, to_json(f.texts)::varchar as texts,
            f.derived, f.label, f.aggregation, f.restated,
            to_json(f.predecessors)::varchar as predecessors, to_json(f.partial_predecessors)::varchar as partial_predecessors
       from ${rollupModels.figures.sql}($1, $2, $3, $4::date) as f
       left join main.indicators as i on i.code = f.indicator
       left join (select rowid as option_position, * from main.category_options) as o
         on o.category_set = i.category_set and o.option_code = f.option
      order by f.indicator_position, f.option is not null, o.option_position, f.option`,
    [q.unit, q.period, q.group ?? null, q.asOf ?? null],
  );
  const figures = rows.filter((r) => wanted === null || wanted.has(r.indicator)).map(toFigure);
  return {
    unit: q.unit,
    period: q.period,
    ...(q.group === undefined ? {} : { group: q.group }),
    ...(q.asOf === undefined ? {} : { as_of: q.asOf }),
    figures,
  };
}

function toFigure(r: Row): RollupFigure {
  const ratio = r.aggregation === 'ratio';
  const figure: RollupFigure = {
    indicator: r.indicator,
    option: r.option,
    value: r.value === null ? null : ratio ? Math.round(r.value * 10_000) / 10_000 : r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    reporting_units: r.reporting_units,
    expected_units: r.expected_units,
    false_units: JSON.parse(r.false_units) as string[],
    label: r.label,
    aggregation: r.aggregation,
    derived: r.derived,
    restated: r.restated,
    predecessors: JSON.parse(r.predecessors) as string[],
    partial_predecessors: JSON.parse(r.partial_predecessors) as string[],
  };
  if (r.aggregation === 'list') figure.texts = r.texts === null ? [] : (JSON.parse(r.texts) as { unit: string; text: string }[]);
  return figure;
}
