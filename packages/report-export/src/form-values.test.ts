import { formColumns, getIndicator, type FormColumn } from '@tonghop/core';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula } from './cells';
import { totalCell, unitCell } from './form-values';
import { exportDateText } from './words';

const column = (form: 'XA' | 'CQ' | 'MT', code: string, option: string | null = null): FormColumn => {
  const c = formColumns(form)
    .flatMap((g) => g.columns)
    .find((x) => x.indicator.code === code && (x.option?.code ?? null) === option);
  if (!c) throw new Error(`no column ${code}.${option}`);
  return c;
};
const values = (o: Record<string, number | boolean | string>) => new Map(Object.entries(o));

describe('total row', () => {
  const a = values({ TTHC_DA_GQ: 1000, TTHC_DUNG_HAN: 999, XA_MOT_CUA: true, XEP_LOAI: 'HTTNV' });
  const b = values({ TTHC_DA_GQ: 100, TTHC_DUNG_HAN: 50, XA_MOT_CUA: false, XEP_LOAI: 'HTTNV' });
  const c = values({});

  it('recomputes a ratio from the summed parts, never the average of the rows', () => {
    const ratio = column('XA', 'TTHC_DUNG_HAN_TY_LE');
    expect(unitCell(b, ratio)).toBe(0.5);
    expect(totalCell([a, b, c], ratio)).toBe(Math.round((1049 / 1100) * 10_000) / 10_000);
    expect(totalCell([a, b, c], ratio)).not.toBeCloseTo((0.999 + 0.5) / 2, 2);
    expect(totalCell([a, b], column('XA', 'TTHC_QUA_HAN_TY_LE'))).toBeNull();
  });

  it('writes a share as true / answering units and counts the grades', () => {
    expect([a, b, c].map((v) => unitCell(v, column('XA', 'XA_MOT_CUA')))).toEqual(['Có', 'Không', null]);
    expect(totalCell([a, b, c], column('XA', 'XA_MOT_CUA'))).toBe('1/2');
    expect(totalCell([a, b, c], column('XA', 'XEP_LOAI', 'HTTNV'))).toBe(2);
    expect(totalCell([a, b, c], column('XA', 'XEP_LOAI', 'HTNV'))).toBe(0);
    expect(totalCell([c], column('XA', 'XEP_LOAI', 'HTNV'))).toBeNull();
  });

  it('sums a number, and leaves it empty when nobody gave it', () => {
    const col = column('XA', 'TTHC_DA_GQ');
    expect(totalCell([a, b, c], col)).toBe(1100);
    expect(totalCell([c], col)).toBeNull();
    expect(getIndicator('TTHC_DA_GQ')?.aggregation).toBe('sum');
  });
});

describe('text safety and dates', () => {
  it('spots every formula lead character', () => {
    expect(['=1', '+1', '-1', '@A', '\t=1', '\r=1'].map(looksLikeFormula)).toEqual([true, true, true, true, true, true]);
    expect(['Xã A', ' =1', '1=1', ''].map(looksLikeFormula)).toEqual([false, false, false, false]);
  });

  it('prints the export date in Vietnam time', () => {
    expect(exportDateText(new Date('2026-11-22T17:05:00Z'))).toBe('23/11/2026 lúc 00:05');
  });
});
