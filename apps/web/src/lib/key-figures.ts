import { FORM_SUBJECTS, upperFirst, type FormCode } from '@tonghop/core';

/** The overview's sections: which indicators are the key figures of each form. */
export interface Section {
  id: string;
  title: string;
  /** The form whose completeness gives the section's coverage; null for indicators of several forms. */
  form: FormCode | null;
  indicators: string[];
}

export const SECTIONS: readonly Section[] = [
  {
    id: 'chung',
    title: 'Tiếp công dân, đơn thư và thủ tục hành chính (xã và cơ quan)',
    form: null,
    indicators: [
      'TCD_LUOT',
      'TCD_NGUOI',
      'DON_TONG',
      'DON_DA_GQ',
      'DON_GQ_TY_LE',
      'TTHC_TIEP_NHAN',
      'TTHC_DA_GQ',
      'TTHC_DUNG_HAN_TY_LE',
      'TTHC_QUA_HAN_TY_LE',
      'XEP_LOAI',
    ],
  },
  {
    id: 'xa',
    title: upperFirst(FORM_SUBJECTS.XA),
    form: 'XA',
    indicators: ['XA_MOT_CUA', 'XA_CONG_KHAI', 'XA_BTTND', 'XA_BGSDTCD', 'XA_HUONG_UOC_TY_LE', 'XA_HOA_GIAI_VU'],
  },
  {
    id: 'cq',
    title: upperFirst(FORM_SUBJECTS.CQ),
    form: 'CQ',
    indicators: ['CQ_HN_CBCC', 'CQ_QC_DAN_CHU', 'CQ_QC_CHI_TIEU', 'CQ_KT_NOI_BO'],
  },
  { id: 'dn', title: upperFirst(FORM_SUBJECTS.DN), form: 'DN', indicators: ['DN_HN_NLD', 'DN_CONG_DOAN', 'DN_TULDTT', 'DN_LAO_DONG'] },
  { id: 'mt', title: upperFirst(FORM_SUBJECTS.MT), form: 'MT', indicators: ['MT_GIAM_SAT', 'MT_PHAN_BIEN', 'MT_TXCT', 'MT_GOP_Y'] },
];

export const GROUP_LABEL: Record<string, string> = {
  'so_huu:nha_nuoc': 'Doanh nghiệp nhà nước',
  'so_huu:tu_nhan': 'Doanh nghiệp tư nhân',
  'so_huu:fdi': 'Doanh nghiệp có vốn đầu tư nước ngoài',
};
