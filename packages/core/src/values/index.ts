export { parseBooleanText } from './booleans';
export { parseDigits, parseNumberText, type NumberText } from './parse-number-text';
export { MAX_NUMBER_TEXT_CHARS, MAX_TEXT_CHARS, parseValue, type ParsedValue, type RawValue } from './parse-value';
