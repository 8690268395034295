import { periodLabel } from '@tonghop/core';
import { getRollup } from '@tonghop/figures';
import { ReportExportError } from './errors';
import { buildSections, loadExpected } from './load-forms';
import { loadUnitsUnder } from './load-units';
import { loadOwnValues } from './load-values';
import type { ReadDb, SummaryModel, SummaryOptions } from './types';

/**
 * Reads everything the summary workbook shows. The roll-up comes first: it checks that the
 * pipeline has run and that the unit and period exist (FiguresError otherwise).
 */
export async function loadSummary(db: ReadDb, opts: SummaryOptions): Promise<SummaryModel> {
  const rollup = await getRollup(db, { unit: opts.unit, period: opts.period, compare: 'previous-year' });
  // Independent reads: the warehouse answers them on parallel read connections.
  const [units, values, expected] = await Promise.all([
    loadUnitsUnder(db, opts.unit, opts.period),
    loadOwnValues(db, opts.unit, opts.period),
    loadExpected(db, { unit: opts.unit, period: opts.period, ...(opts.deadlines ? { deadlines: opts.deadlines } : {}) }),
  ]);
  const unit = units.get(opts.unit);
  if (!unit) throw new ReportExportError('EXPORT_UNIT_MISSING', `Không đọc được đơn vị "${opts.unit}".`);
  const forms = buildSections({ unit: opts.unit, period: opts.period, ...expected }, units, values);
  return {
    unit,
    period: opts.period,
    periodText: periodLabel(opts.period),
    exportedAt: (opts.clock ?? (() => new Date()))(),
    figures: rollup.figures,
    forms,
    units,
  };
}
