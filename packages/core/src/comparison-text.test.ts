import { describe, expect, it } from 'vitest';
import { comparisonText } from './comparison-text';

describe('comparisonText', () => {
  it.each([
    [{ value: 80, diff: 10, change: 0.125, restated: null }, 'previous-year', 'tăng 12,5% so với cùng kỳ'],
    [{ value: 80, diff: -2.4, change: -0.03, restated: 'full' }, 'previous-year', 'giảm 3,0% so với cùng kỳ*'],
    [{ value: 80, diff: 0, change: 0, restated: 'partial' }, 'previous-period', 'bằng kỳ trước*¹'],
    [{ value: 0, diff: 5, change: null, restated: null }, 'previous-year', 'tăng so với cùng kỳ (cùng kỳ: 0)'],
    [{ value: null, diff: null, change: null, restated: null }, 'previous-year', 'chưa có số liệu cùng kỳ'],
  ] as const)('%j %s → %s', (c, kind, text) => {
    expect(comparisonText(c, kind)).toBe(text);
  });
});
