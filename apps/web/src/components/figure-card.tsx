import { comparisonText, RESTATED_MARKS, type Indicator } from '@tonghop/core';
import { useApp } from '../lib/app-context';
import { coverageText, figureText, getFigure, nounOf, optionFigures, type FigureMap } from '../lib/figures';
import { formatNumber, formatShare } from '../lib/format';
import { FigureValue } from './figure-value';

interface Props {
  indicator: Indicator;
  figures: FigureMap;
  unit: string;
  period: string;
}

function Details({ indicator, figures }: { indicator: Indicator; figures: FigureMap }) {
  const { optionLabel, units, indicator: find } = useApp();
  const total = getFigure(figures, indicator.code);
  const options = optionFigures(figures, indicator.code);
  if (options.length > 0)
    return (
      <ul class="breakdown">
        {options.map((f) => (
          <li key={f.option}>
            {optionLabel(indicator.categorySet, f.option ?? '')}: <strong>{formatNumber(f.value)}</strong>
          </li>
        ))}
      </ul>
    );
  if (indicator.aggregation === 'ratio' && total?.numerator !== null && total?.denominator !== null && total)
    return <p class="detail">{formatShare(total.numerator ?? 0, total.denominator ?? 0, ratioUnit(indicator, find))}</p>;
  if (indicator.aggregation === 'share_true' && total && total.false_units.length > 0)
    return <p class="detail warn">Chưa thực hiện: {total.false_units.map((code) => units.name(code)).join(', ')}</p>;
  return null;
}

function ratioUnit(indicator: Indicator, find: (code: string) => Indicator | undefined): string | undefined {
  const unit = indicator.denominator ? find(indicator.denominator)?.unitLabel : undefined;
  return unit && !unit.includes('/') ? unit : undefined;
}

/** Whether a figure has anything to show (an annual indicator has none in a half-year). */
export function hasValue(indicator: string, figures: FigureMap): boolean {
  return [...figures.values()].some(
    (f) => f.indicator === indicator && f.value !== null && !(f.option === null && f.reporting_units === 0),
  );
}

/** One key figure: its value (a link to its lineage), its unit and its coverage. */
export function FigureCard({ indicator, figures, unit, period }: Props) {
  const { units } = useApp();
  const noun = nounOf(indicator);
  const total = getFigure(figures, indicator.code);
  const share = indicator.aggregation === 'share_true';
  const text = indicator.aggregation === 'distribution' ? '' : figureText(total, indicator, share ? '' : noun);
  const unitText = share ? noun : indicator.aggregation === 'sum' && !indicator.unitLabel.includes('/') ? indicator.unitLabel : '';
  const coverage = coverageText(total ?? optionFigures(figures, indicator.code)[0], noun);
  return (
    <article class="card" aria-label={indicator.label}>
      <h3>{indicator.label}</h3>
      <p class="figure">
        {text && (
          <FigureValue
            unit={unit}
            period={period}
            indicator={indicator.code}
            text={text}
            label={`${indicator.label}, ${units.name(unit)}`}
          />
        )}
        {unitText && <span class="figure-unit"> {unitText}</span>}
      </p>
      <Details indicator={indicator} figures={figures} />
      {coverage && <p class="coverage">{coverage}</p>}
      {total?.compare && total.compare.value !== null && (
        <p class="comparison" title={total.compare.restated ? RESTATED_MARKS[total.compare.restated].note : undefined}>
          {comparisonText(total.compare, 'previous-year')}
        </p>
      )}
    </article>
  );
}
