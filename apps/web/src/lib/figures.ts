import type { Catalog, Figure, Indicator, Rollup } from '../api/types';
import { formatNumber, formatPercent, formatShare } from './format';
import { FORM_NOUN } from './units';

export type FigureMap = Map<string, Figure>;

const key = (indicator: string, option: string | null): string => `${indicator}|${option ?? ''}`;

export function figureMap(rollup: Rollup): FigureMap {
  return new Map(rollup.figures.map((f) => [key(f.indicator, f.option), f]));
}

export function getFigure(map: FigureMap, indicator: string, option: string | null = null): Figure | undefined {
  return map.get(key(indicator, option));
}

export function optionFigures(map: FigureMap, indicator: string): Figure[] {
  return [...map.values()].filter((f) => f.indicator === indicator && f.option !== null);
}

/** The forms an indicator is submitted on (a ratio: its numerator's). */
export function formsOf(indicator: Indicator, catalog: Catalog): string[] {
  if (indicator.forms.length > 0 || !indicator.numerator) return indicator.forms;
  return catalog.indicators.find((i) => i.code === indicator.numerator)?.forms ?? [];
}

/** The noun of coverage figures for an indicator: "xã", "cơ quan", or "đơn vị" when mixed. */
export function nounOf(indicator: Indicator, catalog: Catalog): string {
  const forms = formsOf(indicator, catalog);
  const only = forms.length === 1 ? forms[0] : undefined;
  return only ? (FORM_NOUN[only as keyof typeof FORM_NOUN] ?? 'đơn vị') : 'đơn vị';
}

export function numericValue(figure: Figure | undefined): number | null {
  return typeof figure?.value === 'number' ? figure.value : null;
}

/** The text of a figure in a cell or on a card. `single` = the figure is one unit's own answer. */
export function figureText(figure: Figure | undefined, indicator: Indicator, noun: string, single = false): string {
  if (!figure || figure.value === null) return '—';
  const value = figure.value;
  if (Array.isArray(value)) return `${formatNumber(value.length)} ý kiến`;
  if (typeof value === 'string') return value;
  switch (indicator.aggregation) {
    case 'ratio':
      return formatPercent(value);
    case 'share_true': {
      if (single) return value > 0 ? 'Có' : 'Không';
      return formatShare(value, figure.denominator ?? figure.reporting_units ?? 0, noun);
    }
    default:
      return indicator.value_type === 'percent' ? formatPercent(value) : formatNumber(value);
  }
}

/** "8/8 xã báo cáo" */
export function coverageText(figure: Figure | undefined, noun: string): string | null {
  if (!figure || figure.reporting_units === null) return null;
  return `${formatShare(figure.reporting_units, figure.expected_units ?? figure.reporting_units, noun)} báo cáo`;
}
