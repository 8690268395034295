import { describe, expect, it } from 'vitest';
import { formForUnitType } from './forms';
import { catalog, getIndicator, indicatorsForForm, parseFormCode, resolveIndicator, resolveOption } from './catalog';
import type { FormCode } from './types';

describe('indicators', () => {
  it('getIndicator by exact code', () => {
    expect(getIndicator('TTHC_TIEP_NHAN')?.label).toBe('Số hồ sơ thủ tục hành chính tiếp nhận');
    expect(getIndicator('NOPE')).toBeUndefined();
  });

  it('indicatorsForForm keeps catalog order and leaves out derived ratios', () => {
    const xa = indicatorsForForm('XA').map((i) => i.code);
    expect(xa.slice(0, 3)).toEqual(['TCD_LUOT', 'TCD_NGUOI', 'DON_KHIEU_NAI']);
    expect(xa).not.toContain('DON_GQ_TY_LE');
    expect(xa).toContain('NX_DE_XUAT');
    expect(indicatorsForForm('MT').map((i) => i.code)).toEqual([
      'MT_GIAM_SAT',
      'MT_PHAN_BIEN',
      'MT_TXCT',
      'MT_GOP_Y',
      'NX_HAN_CHE',
      'NX_DE_XUAT',
    ]);
    const order = catalog.map((i) => i.code);
    const positions = indicatorsForForm('CQ').map((i) => order.indexOf(i.code));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('formForUnitType', () => {
    expect(formForUnitType('xa')).toBe('XA');
    expect(formForUnitType('co_quan')).toBe('CQ');
    expect(formForUnitType('doanh_nghiep')).toBe('DN');
    expect(formForUnitType('mat_tran')).toBe('MT');
    expect(formForUnitType('huyen')).toBeNull();
    expect(formForUnitType('tinh')).toBeNull();
  });

  it.each<[string, FormCode | null]>([
    ['XA', 'XA'],
    ['xa', 'XA'],
    [' Biểu XA ', 'XA'],
    ['Mẫu số CQ', 'CQ'],
    ['mẫu số cq', 'CQ'],
    ['Biểu mẫu: DN', 'DN'],
    ['Biểu mẫu số 01-MT', 'MT'],
    ['Biểu mẫu: DN'.normalize('NFD'), 'DN'],
    ['ZZ', null],
    ['Báo cáo XA năm', null],
    ['', null],
  ])('parseFormCode(%j) → %s', (text, form) => {
    expect(parseFormCode(text)).toBe(form);
  });

  it('resolveIndicator by code in any case', () => {
    expect(resolveIndicator('tthc_tiep_nhan')?.code).toBe('TTHC_TIEP_NHAN');
    expect(resolveIndicator(' DON_TONG ')?.code).toBe('DON_TONG');
  });

  it('resolveIndicator by normalised label, numbering and unit suffix ignored', () => {
    expect(resolveIndicator('Số lượt tiếp công dân')?.code).toBe('TCD_LUOT');
    expect(resolveIndicator('SỐ LƯỢT  TIẾP CÔNG DÂN'.normalize('NFD'))?.code).toBe('TCD_LUOT');
    expect(resolveIndicator('1. Số người được tiếp')?.code).toBe('TCD_NGUOI');
    expect(resolveIndicator('Số đơn đã giải quyết (đơn)')?.code).toBe('DON_DA_GQ');
    expect(resolveIndicator('Số đơn kiến nghị phản ánh tiếp nhận')?.code).toBe('DON_KIEN_NGHI');
    expect(resolveIndicator('Không có chỉ tiêu này')).toBeUndefined();
  });

  it("resolveIndicator with a form only finds that form's indicators; CODE.OPTION is not split", () => {
    expect(resolveIndicator('XA_MOT_CUA', 'XA')?.code).toBe('XA_MOT_CUA');
    expect(resolveIndicator('XA_MOT_CUA', 'CQ')).toBeUndefined();
    expect(resolveIndicator('DON_GQ_TY_LE', 'XA')).toBeUndefined();
    expect(resolveIndicator('MT_GIAM_SAT.MTTQ')).toBeUndefined();
  });

  it('every label resolves back to its own indicator', () => {
    for (const i of catalog) expect(resolveIndicator(i.label)?.code).toBe(i.code);
  });
});

describe('resolveOption', () => {
  it.each<[string, string, string]>([
    ['to_chuc', 'MTTQ', 'MTTQ'],
    ['to_chuc', 'mttq', 'MTTQ'],
    ['to_chuc', 'Ủy ban MTTQ Việt Nam', 'MTTQ'],
    ['to_chuc', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'MTTQ'],
    ['to_chuc', '- Hội LHPN', 'HLHPN'],
    ['to_chuc', '+ Hội Liên hiệp Phụ nữ', 'HLHPN'],
    ['to_chuc', 'Huyện đoàn', 'DTN'],
    ['to_chuc', 'Hội CCB', 'CCB'],
    ['to_chuc', 'Hội Cựu chiến binh', 'CCB'],
    ['to_chuc', 'Cựu chiến binh', 'CCB'],
    ['to_chuc', 'Hội Nông dân', 'HND'],
    ['to_chuc', 'LĐLĐ', 'LDLD'],
    ['to_chuc', 'Liên đoàn lao động', 'LDLD'],
    ['cap_dai_bieu', 'ĐBQH', 'DBQH'],
    ['cap_dai_bieu', 'Đoàn ĐBQH', 'DBQH'],
    ['cap_dai_bieu', 'HĐND', 'DBHDND'],
    ['xep_loai', 'Hoàn thành tốt nhiệm vụ'.normalize('NFD'), 'HTTNV'],
  ])('%s: %j → %s', (set, text, code) => {
    expect(resolveOption(set, text)?.code).toBe(code);
  });

  it('does not cross sets or accept unknown text', () => {
    expect(resolveOption('xep_loai', 'MTTQ')).toBeUndefined();
    expect(resolveOption('to_chuc', 'Hội Doanh nhân')).toBeUndefined();
    expect(resolveOption('to_chuc', '-')).toBeUndefined();
    expect(resolveOption('no_such_set', 'MTTQ')).toBeUndefined();
  });
});
