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
export {
  clashesWithStored,
  overlapMessage,
  parseUnitsCsvRows,
  UNITS_CSV_HEADER,
  type UnitsCsvIssue,
  type UnitsCsvResult,
} from './units-csv';
export {
  findVersionOverlaps,
  groupVersions,
  inForceOn,
  validityLabel,
  versionInForce,
  versionKey,
  versionOn,
  versionsOverlap,
  type DateRange,
  type VersionOverlap,
} from './unit-versions';
export {
  checkCrosswalkLinks,
  CROSSWALK_CSV_HEADER,
  dayBefore,
  DEFAULT_EFFECTIVE_DATE,
  LINK_KINDS,
  parseCrosswalkRows,
  type CrosswalkIssue,
  type CrosswalkLink,
  type LinkKind,
} from './crosswalk-csv';
export { COMPARISON_NAMES, comparisonText, RESTATED_MARKS, type ComparisonKind, type ComparisonLike } from './comparison-text';
