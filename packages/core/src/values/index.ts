export { parseBooleanText } from './booleans';
export { parseDigits, parseNumberText, type NumberText } from './parse-number-text';
export { parseValue, type ParsedValue, type RawValue } from './parse-value';
