import { periodFromCode, periodLabel } from '@tonghop/core';
import { getRollup, getSources, type RollupFigure } from '@tonghop/figures';
import { buildSections, loadExpected, loadUnitsUnder } from '@tonghop/report-export/loaders';
import { ReportDocxError } from './errors';
import { allPlaceholders, type Templates } from './template/files';
import type { FigureMap, ReadDb, ReportData, ReportOptions } from './types';

export function figureKey(indicator: string, option: string | null): string {
  return option === null ? indicator : `${indicator}.${option}`;
}

const byKey = (figures: readonly RollupFigure[]): FigureMap => new Map(figures.map((f) => [figureKey(f.indicator, f.option), f]));

const hasAnyValue = (figures: readonly RollupFigure[]) => figures.some((f) => f.value !== null && f.reporting_units > 0);

/** The same period one year earlier (2022S1 → 2021S1), or null (several years, out of range). */
export function samePeriodLastYear(code: string): string | null {
  const period = periodFromCode(code);
  if (!period || period.kind === 'multi_year') return null;
  const previous = periodFromCode(`${Number(code.slice(0, 4)) - 1}${code.slice(4)}`);
  return previous?.code ?? null;
}

/**
 * Reads the report's figures through @tonghop/figures and the summary workbook's loaders:
 * the roll-up first (it checks the unit, the period and that the pipeline ran), then in
 * parallel the expected units per form, the unit names, the sources of every figure, the
 * previous year's roll-up and the group roll-ups the templates ask for.
 */
export async function loadReport(db: ReadDb, opts: ReportOptions, templates: Templates): Promise<ReportData> {
  const rollup = await getRollup(db, { unit: opts.unit, period: opts.period });
  const previousCode = samePeriodLastYear(opts.period);
  const groupNeeds = new Map<string, Set<string>>();
  for (const p of allPlaceholders(templates)) {
    if (p.group === null) continue;
    const set = groupNeeds.get(p.group) ?? new Set();
    set.add(p.name);
    groupNeeds.set(p.group, set);
  }
  const [units, expected, sources, previous, groups] = await Promise.all([
    loadUnitsUnder(db, opts.unit, opts.period),
    loadExpected(db, { unit: opts.unit, period: opts.period, ...(opts.deadlines ? { deadlines: opts.deadlines } : {}) }),
    getSources(db, { unit: opts.unit, period: opts.period }),
    previousCode === null ? null : getRollup(db, { unit: opts.unit, period: previousCode }),
    Promise.all(
      [...groupNeeds].map(async ([group, indicators]) => {
        const r = await getRollup(db, { unit: opts.unit, period: opts.period, group, indicators: [...indicators] });
        return [group, byKey(r.figures)] as const;
      }),
    ),
  ]);
  const unit = units.get(opts.unit);
  if (!unit) throw new ReportDocxError('REPORT_UNIT_MISSING', `Không đọc được đơn vị "${opts.unit}" trong kỳ ${opts.period}.`);
  const forms = buildSections({ unit: opts.unit, period: opts.period, ...expected }, units, new Map());
  return {
    unit,
    period: opts.period,
    periodText: periodLabel(opts.period),
    madeAt: (opts.clock ?? (() => new Date()))(),
    figures: byKey(rollup.figures),
    figureList: rollup.figures,
    previous:
      previous && previousCode && hasAnyValue(previous.figures)
        ? { period: previousCode, periodText: periodLabel(previousCode), figures: byKey(previous.figures) }
        : null,
    groups: new Map(groups),
    forms,
    units,
    sources,
    hasData: hasAnyValue(rollup.figures),
  };
}
