export { isPeriodCode, makePeriod, PERIOD_CODE_EXAMPLES, PERIOD_KINDS, periodBounds, periodFromCode } from './period-codes';
export { findPeriodPhrase, parsePeriod } from './parse-period';
export { periodLabel, periodTitle, requirePeriod } from './period-label';
export { comparePeriodCodes, comparePeriods } from './period-order';
export { isUnitActive, periodContains, subPeriods } from './sub-periods';
export { COMPARISONS, comparedPeriod, previousPeriod, previousYear, type Comparison } from './period-shift';
