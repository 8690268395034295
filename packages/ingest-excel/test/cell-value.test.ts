import { describe, expect, it } from 'vitest';
import { a1, reduceCellValue } from '../src/cell-value';

describe('reduceCellValue', () => {
  it.each([
    ['a number', 7554, 7554],
    ['a text, to NFC', 'Co\u0301', 'Có'],
    ['a blank text as empty', '   ', null],
    ['a boolean', false, false],
    ['a formula by its cached result', { formula: 'SUM(A1:A3)', result: 11 }, 11],
    ['a shared formula by its cached result', { sharedFormula: 'A1', result: 'x' }, 'x'],
    ['rich text as plain text', { richText: [{ text: 'Cơ sở ' }, { text: 'vật chất' }] }, 'Cơ sở vật chất'],
    ['a hyperlink as its text', { text: 'xem', hyperlink: 'https://example.invalid' }, 'xem'],
    ['a hyperlink with rich text', { text: { richText: [{ text: 'a' }, { text: 'b' }] }, hyperlink: 'x' }, 'ab'],
    ['nothing', undefined, null],
  ])('reads %s', (_what, input, expected) => {
    expect(reduceCellValue(input)).toEqual({ ok: true, value: expected });
  });

  it('keeps dates', () => {
    const d = new Date('2022-06-30T00:00:00Z');
    expect(reduceCellValue(d)).toEqual({ ok: true, value: d });
  });

  it('reports a formula without a cached result, naming the formula', () => {
    expect(reduceCellValue({ formula: 'E6+E7' })).toEqual({ ok: false, problem: 'formula_no_result', detail: '=E6+E7' });
  });

  it('reports error values, also as a formula result', () => {
    expect(reduceCellValue({ error: '#DIV/0!' })).toEqual({ ok: false, problem: 'error', detail: '#DIV/0!' });
    expect(reduceCellValue({ formula: 'A1/0', result: { error: '#DIV/0!' } })).toEqual({ ok: false, problem: 'error', detail: '#DIV/0!' });
    expect(reduceCellValue({ formula: 'A1/0', result: Number.NaN })).toMatchObject({ ok: false, problem: 'error' });
  });

  it('writes A1 references', () => {
    expect([a1(1, 1), a1(12, 4), a1(3, 27), a1(9, 702)]).toEqual(['A1', 'D12', 'AA3', 'ZZ9']);
  });
});
