import type { Warehouse } from '@tonghop/warehouse';
import { submit, unit } from '../src/testing';

/**
 * A province "68" with district "679" (8 communes X1..X8, agencies CQ1..CQ5, enterprises DN1..DN3,
 * a Front committee MT1) and district "680" with commune Y1. X9 opens in 2023, X10 closed in 2021.
 */
export async function loadDistrict(wh: Warehouse): Promise<void> {
  const communes = ['X1', 'X2', 'X3', 'X4', 'X5', 'X6', 'X7', 'X8'];
  await wh.importUnits(
    [
      unit('68', 'tinh', null),
      unit('679', 'huyen', '68', { validTo: '2025-06-30' }),
      unit('680', 'huyen', '68', { validTo: '2025-06-30' }),
      ...communes.map((c) => unit(c, 'xa', '679')),
      unit('X9', 'xa', '679', { validFrom: '2023-01-01' }),
      unit('X10', 'xa', '679', { validTo: '2021-12-31' }),
      unit('Y1', 'xa', '680'),
      ...['CQ1', 'CQ2', 'CQ3', 'CQ4', 'CQ5'].map((c) => unit(c, 'co_quan', '679')),
      unit('DN1', 'doanh_nghiep', '679', { groups: ['so_huu:tu_nhan'] }),
      unit('DN2', 'doanh_nghiep', '679', { groups: ['so_huu:tu_nhan'] }),
      unit('DN3', 'doanh_nghiep', '679', { groups: ['so_huu:nha_nuoc'] }),
      unit('MT1', 'mat_tran', '679'),
    ],
    'test',
  );
  // 7088 resolved, 7029 on time, split unevenly so that an average of percentages would differ.
  const daGq = [998, 998, 998, 998, 998, 998, 1000, 100];
  const dungHan = [997, 997, 997, 997, 997, 997, 997, 50];
  for (const [i, code] of communes.entries()) {
    await submit(wh, {
      unit: code,
      period: '2022S1',
      form: 'XA',
      at: code === 'X8' ? '2022-07-20T10:00:00+07:00' : '2022-07-05T09:00:00+07:00',
      values: {
        TCD_LUOT: code === 'X1' ? 100 : 5,
        TTHC_DA_GQ: daGq[i]!,
        TTHC_DUNG_HAN: dungHan[i]!,
        TTHC_QUA_HAN: daGq[i]! - dungHan[i]!,
        XA_MOT_CUA: true,
        XA_CONG_KHAI: code !== 'X3' && code !== 'X5',
        ...(code === 'X1' ? { NX_HAN_CHE: 'Thiếu kinh phí' } : {}),
        ...(code === 'X2' ? { NX_HAN_CHE: 'Cán bộ kiêm nhiệm' } : {}),
      },
    });
  }
  // X1 corrects its count (version 2 supersedes); X2's version 2 is rejected and never counts.
  await submit(wh, {
    unit: 'X1',
    period: '2022S1',
    form: 'XA',
    at: '2022-07-06T09:00:00+07:00',
    values: {
      TCD_LUOT: 5,
      TTHC_DA_GQ: 998,
      TTHC_DUNG_HAN: 997,
      TTHC_QUA_HAN: 1,
      XA_MOT_CUA: true,
      XA_CONG_KHAI: true,
      NX_HAN_CHE: 'Thiếu kinh phí',
    },
  });
  await submit(wh, { unit: 'X2', period: '2022S1', form: 'XA', status: 'rejected', values: { TCD_LUOT: 999, XA_MOT_CUA: false } });
  // X10 was closed before 2022: its submission must not count.
  await submit(wh, { unit: 'X10', period: '2022S1', form: 'XA', values: { TCD_LUOT: 1000, XA_MOT_CUA: false } });
  await submit(wh, { unit: 'Y1', period: '2022S1', form: 'XA', values: { TCD_LUOT: 7, XA_MOT_CUA: false } });
  for (const code of ['CQ1', 'CQ2', 'CQ3']) {
    await submit(wh, {
      unit: code,
      period: '2022S1',
      form: 'CQ',
      at: code === 'CQ3' ? '2022-08-01T08:00:00+07:00' : '2022-07-10T08:00:00+07:00',
      values: { TCD_LUOT: 10, CQ_HN_CBCC: true },
    });
  }
  await submit(wh, { unit: 'CQ5', period: '2022S1', form: 'CQ', status: 'rejected', values: { TCD_LUOT: 3 } });
  await submit(wh, { unit: 'DN1', period: '2022S1', form: 'DN', values: { DN_HN_NLD: true } });
  await submit(wh, { unit: 'DN2', period: '2022S1', form: 'DN', values: { DN_HN_NLD: false } });
  await submit(wh, { unit: 'DN3', period: '2022S1', form: 'DN', values: { DN_HN_NLD: true } });
  await submit(wh, {
    unit: 'MT1',
    period: '2022S1',
    form: 'MT',
    values: {
      MT_GIAM_SAT: { MTTQ: 4, CCB: 1, HND: 2, LDLD: 2, HLHPN: 2, DTN: 2 },
      MT_PHAN_BIEN: { MTTQ: 2 },
      MT_TXCT: { DBQH: 2, DBHDND: 4 },
    },
  });
  // 2021 classification: 3 excellent, 7 good, 1 completed.
  const grades: Record<string, string> = {
    X1: 'HTXSNV',
    X2: 'HTXSNV',
    X3: 'HTXSNV',
    X4: 'HTTNV',
    X5: 'HTTNV',
    X6: 'HTTNV',
    X7: 'HTTNV',
    X8: 'HTTNV',
    CQ1: 'HTNV',
    CQ2: 'HTTNV',
    CQ3: 'HTTNV',
  };
  for (const [code, grade] of Object.entries(grades)) {
    await submit(wh, { unit: code, period: '2021', form: code.startsWith('X') ? 'XA' : 'CQ', values: { XEP_LOAI: grade } });
  }
}

/** 2023 halves: X1 both halves (derived year), X2 only S1 (no year), X3 halves and a direct year. */
export async function loadHalves(wh: Warehouse): Promise<void> {
  await submit(wh, {
    unit: 'X1',
    period: '2023S1',
    form: 'XA',
    values: { TCD_LUOT: 3, XA_THON_TONG: 10, XA_MOT_CUA: false, NX_HAN_CHE: 'Đầu năm' },
  });
  await submit(wh, {
    unit: 'X1',
    period: '2023S2',
    form: 'XA',
    values: { TCD_LUOT: 4, XA_THON_TONG: 12, XA_MOT_CUA: true, NX_HAN_CHE: 'Cuối năm' },
  });
  await submit(wh, { unit: 'X2', period: '2023S1', form: 'XA', values: { TCD_LUOT: 100 } });
  await submit(wh, { unit: 'X3', period: '2023S1', form: 'XA', values: { TCD_LUOT: 1 } });
  await submit(wh, { unit: 'X3', period: '2023S2', form: 'XA', values: { TCD_LUOT: 1 } });
  await submit(wh, { unit: 'X3', period: '2023', form: 'XA', values: { TCD_LUOT: 50 } });
  await submit(wh, { unit: 'CQ1', period: '2023S1', form: 'CQ', values: { CQ_HN_CBCC: true } });
  await submit(wh, { unit: 'CQ1', period: '2023S2', form: 'CQ', values: { CQ_HN_CBCC: false } });
  await submit(wh, { unit: 'CQ2', period: '2023S1', form: 'CQ', values: { CQ_HN_CBCC: false } });
  await submit(wh, { unit: 'CQ2', period: '2023S2', form: 'CQ', values: { CQ_HN_CBCC: false } });
}
