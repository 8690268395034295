export * from './types';
export * from './errors';
export {
  catalog,
  categoryOptions,
  rules,
  getIndicator,
  indicatorsForForm,
  optionsOfSet,
  parseFormCode,
  resolveIndicator,
  resolveOption,
} from './catalog';
export * from './periods';
export * from './forms';
export { upperFirst } from './upper-first';
export * from './values';
export { nameKey, normalizeName, stripNamePrefixes } from './names';
export { createUnitMatcher, type UnitMatch, type UnitMatcher, type UnitMatchOptions } from './unit-matcher';
export { buildHierarchy, type Hierarchy } from './hierarchy';
export { evaluateRules, parseRuleExpression, type RuleOutcome, type RuleTerm } from './rules-engine';
export { parseUnitsCsvRows, UNITS_CSV_HEADER, type UnitsCsvIssue, type UnitsCsvResult } from './units-csv';
