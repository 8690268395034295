import { categoryOptions } from '@tonghop/core';

// Short names of the disaggregation options, for narrow cards and chart labels.
const SHORT: Record<string, string> = {
  MTTQ: 'MTTQ',
  CCB: 'Hội CCB',
  HND: 'Hội Nông dân',
  LDLD: 'LĐLĐ',
  HLHPN: 'Hội LHPN',
  DTN: 'Đoàn Thanh niên',
  DBQH: 'Đại biểu Quốc hội',
  DBHDND: 'Đại biểu HĐND',
  HTXSNV: 'Hoàn thành xuất sắc',
  HTTNV: 'Hoàn thành tốt',
  HTNV: 'Hoàn thành',
  KHTNV: 'Không hoàn thành',
};

export function optionLabel(set: string | null, code: string): string {
  const short = SHORT[code];
  if (short) return short;
  return categoryOptions.find((o) => o.code === code && (set === null || o.set === set))?.label ?? code;
}
