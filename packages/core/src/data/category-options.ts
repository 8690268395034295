import type { CategoryOption } from '../types';

/** Disaggregation options and classification categories, equivalent to `category_sets.csv`. */
export const categoryOptions: readonly CategoryOption[] = [
  { set: 'xep_loai', code: 'HTXSNV', label: 'Hoàn thành xuất sắc nhiệm vụ', aliases: ['xuất sắc', 'HTXS'] },
  { set: 'xep_loai', code: 'HTTNV', label: 'Hoàn thành tốt nhiệm vụ', aliases: ['tốt', 'HTT'] },
  { set: 'xep_loai', code: 'HTNV', label: 'Hoàn thành nhiệm vụ', aliases: ['hoàn thành', 'HT'] },
  { set: 'xep_loai', code: 'KHTNV', label: 'Không hoàn thành nhiệm vụ', aliases: ['không hoàn thành', 'KHT'] },
  {
    set: 'to_chuc',
    code: 'MTTQ',
    label: 'Ủy ban Mặt trận Tổ quốc Việt Nam',
    aliases: ['MTTQ', 'Mặt trận', 'UBMTTQ', 'Ủy ban MTTQ', 'Ủy ban MTTQ Việt Nam'],
  },
  { set: 'to_chuc', code: 'CCB', label: 'Hội Cựu chiến binh', aliases: ['Cựu chiến binh'] },
  { set: 'to_chuc', code: 'HND', label: 'Hội Nông dân', aliases: ['Nông dân'] },
  { set: 'to_chuc', code: 'LDLD', label: 'Liên đoàn Lao động', aliases: ['Công đoàn', 'LĐLĐ'] },
  { set: 'to_chuc', code: 'HLHPN', label: 'Hội Liên hiệp Phụ nữ', aliases: ['Phụ nữ', 'Hội LHPN'] },
  { set: 'to_chuc', code: 'DTN', label: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh', aliases: ['Đoàn Thanh niên', 'Huyện đoàn', 'Tỉnh đoàn'] },
  { set: 'cap_dai_bieu', code: 'DBQH', label: 'Đại biểu Quốc hội', aliases: ['Quốc hội', 'ĐBQH'] },
  { set: 'cap_dai_bieu', code: 'DBHDND', label: 'Đại biểu Hội đồng nhân dân các cấp', aliases: ['HĐND'] },
];
