import type { FormCode, UnitType } from '../types';
import { unitTypeForForm } from './form-unit-type';

/**
 * The noun that counts units of a type, lower case: "8/8 xã", "19/19 cơ quan",
 * "3/3 doanh nghiệp", "1/1 Ủy ban MTTQ" (a proper name keeps its capitals).
 */
export const UNIT_NOUNS: Readonly<Record<UnitType, string>> = {
  tinh: 'tỉnh',
  huyen: 'huyện',
  xa: 'xã',
  co_quan: 'cơ quan',
  doanh_nghiep: 'doanh nghiệp',
  mat_tran: 'Ủy ban MTTQ',
};

/** The noun when the units counted are of several types ("12/12 đơn vị"). */
export const ANY_UNIT_NOUN = 'đơn vị';

/** The noun that counts the units submitting a form ("xã" for XA). */
export function formNoun(form: FormCode): string {
  return UNIT_NOUNS[unitTypeForForm(form)];
}

/** The noun for units that submit any of `forms`: that form's noun when there is one, else "đơn vị". */
export function formsNoun(forms: readonly FormCode[]): string {
  const [only, ...more] = new Set(forms);
  return only && more.length === 0 ? formNoun(only) : ANY_UNIT_NOUN;
}

/** "8/8 xã": part, whole and noun, numbers as given (callers format them). */
export function coverageWords(part: string | number, whole: string | number, noun: string): string {
  return `${part}/${whole} ${noun}`;
}

/** A unit type as a column value in a list of units: "Xã, phường, thị trấn". */
export const UNIT_TYPE_NAMES: Readonly<Record<UnitType, string>> = {
  tinh: 'Tỉnh',
  huyen: 'Huyện',
  xa: 'Xã, phường, thị trấn',
  co_quan: 'Cơ quan, đơn vị',
  doanh_nghiep: 'Doanh nghiệp',
  mat_tran: 'Mặt trận Tổ quốc',
};

/**
 * What a form covers, for inside a sentence ("Biểu XA: xã, phường, thị trấn"); a heading takes
 * `upperFirst` of it ("Xã, phường, thị trấn").
 */
export const FORM_SUBJECTS: Readonly<Record<FormCode, string>> = {
  XA: 'xã, phường, thị trấn',
  CQ: 'cơ quan, đơn vị',
  DN: 'doanh nghiệp',
  MT: 'Mặt trận Tổ quốc và các đoàn thể',
};

/** "Biểu XA: xã, phường, thị trấn". */
export function formTitle(form: FormCode): string {
  return `Biểu ${form}: ${FORM_SUBJECTS[form]}`;
}
