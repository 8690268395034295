import type { Indicator } from '@tonghop/core';
import { useApp } from '../lib/app-context';
import { figureText, getFigure, optionFigures, type FigureMap } from '../lib/figures';
import { formatNumber } from '../lib/format';
import { FigureValue } from './figure-value';

interface Props {
  indicator: Indicator;
  figures: FigureMap;
  unit: string;
  period: string;
  noun: string;
  /** The row is one unit's own answer (Có/Không rather than 1/1). */
  single: boolean;
}

function distributionText(indicator: Indicator, figures: FigureMap, single: boolean, label: (code: string) => string): string {
  const options = optionFigures(figures, indicator.code).filter((f) => (f.value ?? 0) > 0);
  if (options.length === 0) return '—';
  if (single) return options.map((f) => label(f.option ?? '')).join(', ');
  return options.map((f) => `${label(f.option ?? '')}: ${formatNumber(f.value)}`).join('; ');
}

export function FigureCell({ indicator, figures, unit, period, noun, single }: Props) {
  const { optionLabel, units } = useApp();
  const text =
    indicator.aggregation === 'distribution'
      ? distributionText(indicator, figures, single, (code) => optionLabel(indicator.categorySet, code))
      : figureText(getFigure(figures, indicator.code), indicator, noun, single);
  return (
    <td class={indicator.aggregation === 'distribution' ? 'text' : 'num'}>
      <FigureValue unit={unit} period={period} indicator={indicator.code} text={text} label={`${indicator.label}, ${units.name(unit)}`} />
    </td>
  );
}
