import type { FigureComparison, Rollup, RollupFigure } from './types';

/**
 * Each figure with its value for the earlier period (spec §6 `compare`): matched by indicator and
 * option; the difference and the relative change (a fraction: 0.125 = +12,5%).
 */
export function compareFigures(now: readonly RollupFigure[], then: Rollup): RollupFigure[] {
  const earlier = new Map(then.figures.map((f) => [`${f.indicator}\u0000${f.option ?? ''}`, f]));
  return now.map((f) => {
    const before = earlier.get(`${f.indicator}\u0000${f.option ?? ''}`);
    const value = before?.value ?? null;
    const diff = f.value !== null && value !== null ? round(f.value - value) : null;
    const compare: FigureComparison = {
      period: then.period,
      value,
      diff,
      change: diff !== null && value !== null && value !== 0 ? round(diff / value) : null,
      restated: before?.restated ?? null,
    };
    return { ...f, compare };
  });
}

/** Rounded to 4 decimals, as ratios are. */
function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
