import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, formatShare } from '../src/lib/format';

describe('Vietnamese number formats', () => {
  it('writes thousands with dots and decimals with a comma', () => {
    expect(formatNumber(7554)).toBe('7.554');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(null)).toBe('—');
  });

  it('writes fractions as percentages with up to two decimals and no space', () => {
    expect(formatPercent(0.9917)).toBe('99,17%');
    expect(formatPercent(0.0083)).toBe('0,83%');
    expect(formatPercent(1)).toBe('100%');
  });

  it('writes shares with their noun', () => {
    expect(formatShare(8, 8, 'xã')).toBe('8/8 xã');
    expect(formatShare(19, 19, 'cơ quan')).toBe('19/19 cơ quan');
  });
});
