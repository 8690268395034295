import { describe, expect, it } from 'vitest';
import { getIndicator } from '../catalog';
import { indicatorForms } from './indicator-forms';
import { FORM_CODES, UNIT_TYPES } from '../types';
import { formColumns } from './form-columns';
import { formForUnitType, unitTypeForForm } from './form-unit-type';
import { formNoun, formsNoun, formTitle, UNIT_NOUNS } from './unit-words';

describe('form ↔ unit type', () => {
  it('each form has one unit type and back; tinh and huyen submit nothing', () => {
    for (const form of FORM_CODES) expect(formForUnitType(unitTypeForForm(form))).toBe(form);
    expect(UNIT_TYPES.filter((t) => formForUnitType(t) === null)).toEqual(['tinh', 'huyen']);
    expect(FORM_CODES.map(unitTypeForForm)).toEqual(['xa', 'co_quan', 'doanh_nghiep', 'mat_tran']);
  });
});

describe('coverage nouns', () => {
  it('one noun per unit type; a form counts its own type; mixed forms count "đơn vị"', () => {
    expect(FORM_CODES.map(formNoun)).toEqual(['xã', 'cơ quan', 'doanh nghiệp', 'Ủy ban MTTQ']);
    expect(Object.keys(UNIT_NOUNS).sort()).toEqual([...UNIT_TYPES].sort());
    expect([formsNoun(['XA']), formsNoun(['XA', 'XA']), formsNoun(['XA', 'CQ']), formsNoun([])]).toEqual(['xã', 'xã', 'đơn vị', 'đơn vị']);
    expect(formTitle('XA')).toBe('Biểu XA: xã, phường, thị trấn');
  });
});

describe('form columns', () => {
  it('leave the free text out, keep the ratios whose parts the form submits', () => {
    const codes = formColumns('CQ').map((g) => g.indicator.code);
    expect(codes).toContain('TTHC_DUNG_HAN_TY_LE');
    expect(codes).not.toContain('XA_HUONG_UOC_TY_LE');
    expect(codes).not.toContain('NX_HAN_CHE');
    const mt = formColumns('MT').find((g) => g.indicator.code === 'MT_TXCT');
    expect(mt?.columns.map((c) => c.option?.code ?? null)).toEqual([null, 'DBQH', 'DBHDND']);
  });

  it('place each ratio in catalog order: after the block it is computed from, not after its numerator', () => {
    const codes = formColumns('XA').map((g) => g.indicator.code);
    const after = (ratio: string) => codes[codes.indexOf(ratio) - 1];
    expect(after('DON_GQ_TY_LE')).toBe('DON_DANG_GQ');
    expect(after('TTHC_DUNG_HAN_TY_LE')).toBe('TTHC_KHONG_DU_DK');
    expect(after('TTHC_QUA_HAN_TY_LE')).toBe('TTHC_DUNG_HAN_TY_LE');
    expect(after('XA_HUONG_UOC_TY_LE')).toBe('XA_THON_HUONG_UOC');
    expect(formColumns('DN').some((g) => g.indicator.aggregation === 'ratio')).toBe(false);
  });
});

describe('indicatorForms', () => {
  it("a submitted indicator's own forms; a ratio's numerator's", () => {
    expect(indicatorForms(getIndicator('XA_MOT_CUA')!)).toEqual(['XA']);
    expect(indicatorForms(getIndicator('TTHC_DUNG_HAN_TY_LE')!)).toEqual(['XA', 'CQ']);
    expect(indicatorForms(getIndicator('XA_HUONG_UOC_TY_LE')!)).toEqual(['XA']);
  });
});
