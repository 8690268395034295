import { catalog, indicatorForms, periodLabel, periodTitle, unitTypeForForm, type Indicator } from '@tonghop/core';
import type { Figure } from '../api/contract';
import { BarChart } from '../components/bar-chart';
import { LoadError } from '../components/load-error';
import { ViewTitle } from '../components/view-title';
import { useApp } from '../lib/app-context';
import { figureMap, getFigure } from '../lib/figures';
import { formatNumber, formatPercent } from '../lib/format';
import { navigate, type Route } from '../lib/route';
import { useAsync } from '../lib/use-async';
import type { Selection } from '../layout';

const CHARTABLE = new Set(['sum', 'ratio', 'share_true']);

/** The plotted number: a count, or a fraction for ratios and shares. */
function plotted(figure: Figure | undefined, indicator: Indicator): number | null {
  if (!figure || figure.value === null) return null;
  if (indicator.aggregation !== 'share_true') return figure.value;
  const of = figure.denominator ?? figure.reporting_units;
  return of ? figure.value / of : null;
}

export function ChartsView({ route, selection }: { route: Route; selection: Selection }) {
  const { api, units } = useApp();
  const { unit, period, periods } = selection;
  const choices = catalog.filter((i) => CHARTABLE.has(i.aggregation));
  const indicator = choices.find((i) => i.code === route.indicator) ?? choices.find((i) => i.code === 'TTHC_TIEP_NHAN') ?? choices[0];
  const types = new Set(indicator ? indicatorForms(indicator).map(unitTypeForForm) : []);
  const rowUnits = units
    .children(unit, period)
    .filter((u) => types.has(u.type) || [...types].some((t) => units.hasDescendantOfType(u.code, t, period)));
  const data = useAsync(
    async () => ({
      byUnit: await Promise.all(rowUnits.map(async (u) => figureMap(await api.rollup(u.code, period)))),
      byPeriod: periods.length > 1 ? await Promise.all(periods.map(async (p) => figureMap(await api.rollup(unit, p)))) : [],
    }),
    [unit, period, periods.join(), rowUnits.map((u) => u.code).join()],
  );
  if (!indicator) return <p class="status">Danh mục chỉ tiêu trống.</p>;
  const percent = indicator.aggregation !== 'sum';
  const byUnit = rowUnits
    .map((u, i) => ({ name: u.name, value: plotted(getFigure(data.data?.byUnit[i] ?? new Map(), indicator.code), indicator) }))
    .filter((r) => r.value !== null);
  const format = percent ? formatPercent : formatNumber;
  return (
    <>
      <ViewTitle title="Biểu đồ" selection={selection} />
      <label class="inline-field">
        Chỉ tiêu
        <select value={indicator.code} onChange={(e) => navigate({ ...route, unit, period, indicator: e.currentTarget.value })}>
          {choices.map((i) => (
            <option key={i.code} value={i.code}>
              {i.label}
            </option>
          ))}
        </select>
      </label>
      {data.loading && (
        <p class="status" role="status">
          Đang tải…
        </p>
      )}
      {data.error !== undefined && <LoadError error={data.error} />}
      {data.data && (
        <div class="charts">
          {byUnit.length === 0 && <p class="status">Không có số liệu theo đơn vị cho chỉ tiêu này.</p>}
          {byUnit.length > 0 && (
            <BarChart
              title={`${indicator.label} theo đơn vị, ${periodLabel(period)}`}
              labels={byUnit.map((r) => r.name)}
              values={byUnit.map((r) => r.value)}
              format={format}
              percent={percent}
            />
          )}
          {periods.length > 1 && (
            <BarChart
              title={`${indicator.label} qua các kỳ, ${units.name(unit)}`}
              labels={periods.map(periodTitle)}
              values={data.data.byPeriod.map((f) => plotted(getFigure(f, indicator.code), indicator))}
              format={format}
              percent={percent}
            />
          )}
        </div>
      )}
    </>
  );
}
