import { describe, expect, it } from 'vitest';
import { parseDigits, parseNumberText } from './parse-number-text';

describe('parseDigits (Vietnamese separators)', () => {
  it.each<[string, number | null]>([
    ['7.554', 7554],
    ['7 554', 7554],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1,5', 1.5],
    ['1.234', 1234],
    ['99.17', 99.17],
    ['1,234', 1.234],
    ['1,234,567', 1234567],
    ['08', 8],
    ['1 234 567', 1234567],
    ['12 34', null],
    ['1.2.3', null],
    ['1,2,3', null],
    ['1.234,5,6', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(parseDigits(text)).toBe(expected);
  });
});

describe('parseNumberText', () => {
  it('reads percents, units, fractions and signs', () => {
    expect(parseNumberText('99,17%')).toEqual({ value: 99.17, percent: true });
    expect(parseNumberText('01 cuộc')).toEqual({ value: 1, percent: false });
    expect(parseNumberText('8/8')).toEqual({ value: 8, percent: false, denominator: 8 });
    expect(parseNumberText('−5')).toEqual({ value: -5, percent: false });
    expect(parseNumberText('-5')).toEqual({ value: -5, percent: false });
    expect(parseNumberText('+5')).toEqual({ value: 5, percent: false });
    expect(parseNumberText('hai')).toBeNull();
    expect(parseNumberText('5 cuộc 3')).toBeNull();
  });
});
