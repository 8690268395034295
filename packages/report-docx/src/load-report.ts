import { getIndicator, periodFromCode, periodLabel } from '@tonghop/core';
import { getRollup, getSources, type RollupFigure } from '@tonghop/figures';
import { buildSections, loadExpected, loadUnitsUnder } from '@tonghop/report-export/loaders';
import { ReportDocxError } from './errors';
import { groupShare, loadGroupMembers } from './group-shares';
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
 * Reads the report's figures through @tonghop/figures and the summary workbook's loaders: the
 * roll-up, the sources of every figure and the previous year's roll-up; then the expected units
 * per form, the unit names and the members of the unit groups the templates name.
 */
export async function loadReport(db: ReadDb, opts: ReportOptions, templates: Templates): Promise<ReportData> {
  const previousCode = samePeriodLastYear(opts.period);
  // The three passes over the facts first, side by side; each checks the unit, the period and
  // that the pipeline ran (FiguresError), so the cheap reads below never see a bad request.
  const [rollup, sources, previous] = await Promise.all([
    getRollup(db, { unit: opts.unit, period: opts.period }),
    getSources(db, { unit: opts.unit, period: opts.period }),
    previousCode === null ? null : getRollup(db, { unit: opts.unit, period: previousCode }),
  ]);
  const groupNeeds = new Map<string, Set<string>>();
  for (const p of allPlaceholders(templates)) {
    if (p.group === null) continue;
    const set = groupNeeds.get(p.group) ?? new Set();
    set.add(p.name);
    groupNeeds.set(p.group, set);
  }
  // Shares by group (the only kind the templates ask for) are derived from the figure and its
  // sources; anything else by group is a roll-up of its own (one more pass over the facts).
  const derivable = [...groupNeeds].filter(([, codes]) => [...codes].every((c) => getIndicator(c)?.aggregation === 'share_true'));
  const separate = [...groupNeeds].filter(([group]) => !derivable.some(([g]) => g === group));
  const [units, expected, members, separateGroups] = await Promise.all([
    loadUnitsUnder(db, opts.unit, opts.period),
    loadExpected(db, { unit: opts.unit, period: opts.period, ...(opts.deadlines ? { deadlines: opts.deadlines } : {}) }),
    derivable.length === 0
      ? new Map<string, Set<string>>()
      : loadGroupMembers(
          db,
          opts.unit,
          opts.period,
          derivable.map(([g]) => g),
        ),
    Promise.all(
      separate.map(async ([group, indicators]) => {
        const r = await getRollup(db, { unit: opts.unit, period: opts.period, group, indicators: [...indicators] });
        return [group, byKey(r.figures)] as const;
      }),
    ),
  ]);
  const figures = byKey(rollup.figures);
  const groups = new Map<string, FigureMap>(separateGroups);
  for (const [group, codes] of derivable) {
    const inGroup = members.get(group) ?? new Set<string>();
    const derived = new Map<string, RollupFigure>();
    for (const code of codes) {
      const whole = figures.get(code);
      const share = whole ? groupShare(whole, sources, inGroup) : null;
      if (share) derived.set(code, share);
    }
    groups.set(group, derived);
  }
  const unit = units.get(opts.unit);
  if (!unit) throw new ReportDocxError('REPORT_UNIT_MISSING', `Không đọc được đơn vị "${opts.unit}" trong kỳ ${opts.period}.`);
  const forms = buildSections({ unit: opts.unit, period: opts.period, ...expected }, units, new Map());
  return {
    unit,
    period: opts.period,
    periodText: periodLabel(opts.period),
    madeAt: (opts.clock ?? (() => new Date()))(),
    figures,
    figureList: rollup.figures,
    previous:
      previous && previousCode && hasAnyValue(previous.figures)
        ? { period: previousCode, periodText: periodLabel(previousCode), figures: byKey(previous.figures) }
        : null,
    groups,
    forms,
    units,
    sources,
    hasData: hasAnyValue(rollup.figures),
  };
}
