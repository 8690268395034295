import type { Warehouse } from '@tonghop/warehouse';
import { submit, unit } from './world';

/** Hostile texts a unit may type: each would be a formula if written as one. */
export const INJECTIONS = ['=HYPERLINK("http://x.invalid","bấm")', '+1+1', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1'];

export const XA_INPUT = {
  X1: { TCD_LUOT: 120, TTHC_DA_GQ: 1000, TTHC_DUNG_HAN: 999, XA_MOT_CUA: true, XA_THON_TONG: 12, XA_THON_HUONG_UOC: 12 },
  X2: { TCD_LUOT: 7434, TTHC_DA_GQ: 100, TTHC_DUNG_HAN: 50, XA_MOT_CUA: false, XA_THON_TONG: 8, XA_THON_HUONG_UOC: 6 },
  X3: { TCD_LUOT: 0, TTHC_DA_GQ: 6554, TTHC_DUNG_HAN: 6500, XA_MOT_CUA: true },
} as const;

/**
 * District "679" (Đam Rông) of province "68": communes X1..X4 (X4 never reports, X5 closed in
 * 2021), agencies CQ1..CQ3 (CQ3 late), enterprises DN1 and DN2 (DN2 only rejected), Front MT1.
 */
export async function loadDistrict(wh: Warehouse): Promise<void> {
  await wh.importUnits(
    [
      unit('68', 'tinh', null, 'Tỉnh Lâm Đồng'),
      unit('679', 'huyen', '68', 'Huyện Đam Rông'),
      unit('X1', 'xa', '679', 'Xã Rô Men'),
      unit('X2', 'xa', '679', 'Xã Đạ Long'),
      unit('X3', 'xa', '679', '=Xã "độc" ngoặc'),
      unit('X4', 'xa', '679', 'Xã Đạ Tông'),
      unit('X5', 'xa', '679', 'Xã đã giải thể', { validTo: '2021-12-31' }),
      unit('CQ1', 'co_quan', '679', 'Phòng Nội vụ'),
      unit('CQ2', 'co_quan', '679', 'Phòng Tư pháp'),
      unit('CQ3', 'co_quan', '679', 'Văn phòng HĐND và UBND'),
      unit('DN1', 'doanh_nghiep', '679', 'Công ty A'),
      unit('DN2', 'doanh_nghiep', '679', 'Công ty B'),
      unit('MT1', 'mat_tran', '679', 'Ủy ban MTTQ huyện'),
    ],
    'test',
  );
  for (const [code, values] of Object.entries(XA_INPUT)) {
    const texts: Record<string, string> =
      code === 'X1' ? { NX_HAN_CHE: INJECTIONS[0]!, NX_DE_XUAT: INJECTIONS[1]! } : code === 'X2' ? { NX_HAN_CHE: 'Thiếu kinh phí' } : {};
    await submit(wh, { unit: code, period: '2022S1', form: 'XA', values: { ...values, ...texts } });
  }
  await submit(wh, { unit: 'X5', period: '2022S1', form: 'XA', values: { TCD_LUOT: 1000 } });
  await submit(wh, { unit: 'CQ1', period: '2022S1', form: 'CQ', values: { TCD_LUOT: 10, CQ_HN_CBCC: true, NX_DE_XUAT: INJECTIONS[2]! } });
  await submit(wh, { unit: 'CQ2', period: '2022S1', form: 'CQ', values: { TCD_LUOT: 20, CQ_HN_CBCC: true, NX_HAN_CHE: INJECTIONS[3]! } });
  await submit(wh, {
    unit: 'CQ3',
    period: '2022S1',
    form: 'CQ',
    at: '2022-09-01T09:00:00+07:00',
    values: { CQ_HN_CBCC: false, NX_HAN_CHE: INJECTIONS[4]!, NX_DE_XUAT: INJECTIONS[5]! },
  });
  await submit(wh, { unit: 'DN1', period: '2022S1', form: 'DN', values: { DN_LAO_DONG: 250, DN_HN_NLD: true } });
  await submit(wh, { unit: 'DN2', period: '2022S1', form: 'DN', status: 'rejected', values: { DN_LAO_DONG: 99 } });
  await submit(wh, { unit: 'MT1', period: '2022S1', form: 'MT', values: { MT_GIAM_SAT: { MTTQ: 4, CCB: 1, HND: 2 } } });
  for (const [code, grade] of Object.entries({ X1: 'HTXSNV', X2: 'HTTNV', X3: 'HTTNV' })) {
    await submit(wh, { unit: code, period: '2021', form: 'XA', values: { XEP_LOAI: grade } });
  }
}
