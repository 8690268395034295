import { formsNoun, indicatorForms, type Indicator } from '@tonghop/core';
import type { Figure, Rollup } from '../api/contract';
import { formatNumber, formatPercent, formatShare } from './format';

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

/** The noun of coverage figures for an indicator (core's vocabulary): "xã", "cơ quan", or "đơn vị" when mixed. */
export function nounOf(indicator: Indicator): string {
  return formsNoun(indicatorForms(indicator));
}

/** The text of a figure in a cell or on a card. `single` = the figure is one unit's own answer. */
export function figureText(figure: Figure | undefined, indicator: Indicator, noun: string, single = false): string {
  if (!figure || figure.value === null) return '—';
  const value = figure.value;
  switch (indicator.aggregation) {
    case 'list':
      return `${formatNumber(value)} ý kiến`;
    case 'ratio':
      return formatPercent(value);
    case 'share_true': {
      if (single) return value > 0 ? 'Có' : 'Không';
      return formatShare(value, figure.denominator ?? figure.reporting_units, noun);
    }
    default:
      return indicator.valueType === 'percent' ? formatPercent(value) : formatNumber(value);
  }
}

/** "8/8 xã báo cáo" */
export function coverageText(figure: Figure | undefined, noun: string): string | null {
  if (!figure) return null;
  return `${formatShare(figure.reporting_units, figure.expected_units, noun)} báo cáo`;
}
