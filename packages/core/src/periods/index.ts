export { makePeriod, periodFromCode } from './period-codes';
export { parsePeriod } from './parse-period';
export { periodLabel, requirePeriod } from './period-label';
export { comparePeriods, isUnitActive, periodContains, subPeriods } from './sub-periods';
export { COMPARISONS, comparedPeriod, previousPeriod, previousYear, type Comparison } from './period-shift';
