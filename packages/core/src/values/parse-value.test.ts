import { describe, expect, it } from 'vitest';
import { getIndicator } from '../catalog';
import type { Indicator } from '../types';
import { parseValue, type RawValue } from './parse-value';

const indicator = (code: string): Indicator => {
  const found = getIndicator(code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
};
const count = indicator('TTHC_TIEP_NHAN');
const percent = indicator('TTHC_DUNG_HAN_TY_LE');
const flag = indicator('XA_MOT_CUA');
const classification = indicator('XEP_LOAI');
const text = indicator('NX_HAN_CHE');

describe('parseValue: counts (spec §3)', () => {
  it.each<[RawValue, number]>([
    ['7.554', 7554],
    ['7 554', 7554],
    ['7\u00a0554', 7554],
    ['7\u202f554', 7554],
    ['08', 8],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['8/8', 8],
    ['8/8 xã', 8],
    ['01 cuộc', 1],
    ['4 lượt', 4],
    ['7.554 hồ sơ', 7554],
    ['  65  ', 65],
    ['0', 0],
    [7554, 7554],
    [7028.999999999999, 7029],
  ])('%j → %d', (raw, expected) => {
    expect(parseValue(raw, count)).toEqual({ ok: true, value: expected });
  });

  it.each<RawValue>(['', '   ', '\u00a0', null, undefined, '-', ' – '])('%j is no value (never zero)', (raw) => {
    expect(parseValue(raw, count)).toEqual({ ok: true, value: null });
  });

  it.each<[RawValue, string]>([
    ['-5', 'NEGATIVE_VALUE'],
    [-5, 'NEGATIVE_VALUE'],
    ['7,5', 'NOT_INTEGER'],
    [7.5, 'NOT_INTEGER'],
    ['1,5', 'NOT_INTEGER'],
    ['1.234,5', 'NOT_INTEGER'],
    ['abc', 'VALUE_NOT_NUMBER'],
    ['mười', 'VALUE_NOT_NUMBER'],
    ['12 34', 'VALUE_NOT_NUMBER'],
    ['1.23.4', 'VALUE_NOT_NUMBER'],
    ['50%', 'VALUE_NOT_NUMBER'],
    [true, 'VALUE_NOT_NUMBER'],
    [Number.NaN, 'VALUE_NOT_NUMBER'],
    [new Date(2022, 0, 1), 'VALUE_IS_DATE'],
  ])('%j → %s', (raw, code) => {
    const result = parseValue(raw, count);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe(code);
      expect(result.message).toMatch(/[àáảãạăâđêôơư]/);
    }
  });

  it('says which text is not a number, in Vietnamese', () => {
    expect(parseValue('abc', count)).toEqual({ ok: false, code: 'VALUE_NOT_NUMBER', message: '"abc" không phải là số' });
  });
});

describe('parseValue: percents', () => {
  it.each<[RawValue, number]>([
    ['99,17%', 0.9917],
    ['99,17', 0.9917],
    ['99.17%', 0.9917],
    ['99,17 %', 0.9917],
    ['0,83%', 0.0083],
    ['100%', 1],
    ['50', 0.5],
    [0.9917, 0.9917],
    [99.17, 0.9917],
    [1, 1],
    [0, 0],
  ])('%j → %d', (raw, expected) => {
    expect(parseValue(raw, percent)).toEqual({ ok: true, value: expected });
  });

  it('rejects text and negative percents', () => {
    expect(parseValue('nhiều', percent)).toMatchObject({ ok: false, code: 'VALUE_NOT_NUMBER' });
    expect(parseValue('-3%', percent)).toMatchObject({ ok: false, code: 'NEGATIVE_VALUE' });
  });
});

describe('parseValue: booleans', () => {
  it.each<RawValue>(['Có', 'có', 'CÓ', 'Co\u0301', 'x', 'X', '✓', '1', 1, true, 'true'])('%j → true', (raw) => {
    expect(parseValue(raw, flag)).toEqual({ ok: true, value: true });
  });
  it.each<RawValue>(['Không', 'không', 'KHÔNG', '0', 0, false, 'false'])('%j → false', (raw) => {
    expect(parseValue(raw, flag)).toEqual({ ok: true, value: false });
  });
  it.each<RawValue>(['có lẽ', '2', 2, 'abc'])('%j → VALUE_NOT_BOOLEAN', (raw) => {
    expect(parseValue(raw, flag)).toMatchObject({ ok: false, code: 'VALUE_NOT_BOOLEAN' });
  });
});

describe('parseValue: categories, text', () => {
  it.each<[Indicator, string, string]>([
    [classification, 'Hoàn thành xuất sắc nhiệm vụ', 'HTXSNV'],
    [classification, 'HTT', 'HTTNV'],
    [classification, 'hoàn thành', 'HTNV'],
    [classification, '- Xuất sắc', 'HTXSNV'],
  ])('%#: %j → %s', (ind, raw, code) => {
    expect(parseValue(raw, ind)).toEqual({ ok: true, value: code });
  });

  it('an unknown option is UNKNOWN_OPTION naming the choices', () => {
    const result = parseValue('Trung bình', classification);
    expect(result).toMatchObject({ ok: false, code: 'UNKNOWN_OPTION' });
    if (!result.ok) expect(result.message).toContain('Hoàn thành tốt nhiệm vụ');
  });

  it('a disaggregated count is still a number (the option is a separate field)', () => {
    expect(parseValue('04', indicator('MT_GIAM_SAT'))).toEqual({ ok: true, value: 4 });
  });

  it('text is trimmed NFC', () => {
    const nfd = '  Thiếu kinh phí  '.normalize('NFD');
    expect(parseValue(nfd, text)).toEqual({ ok: true, value: 'Thiếu kinh phí' });
    expect(parseValue(12, text)).toEqual({ ok: true, value: '12' });
  });
});
