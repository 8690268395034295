import { normalizeName, stripNamePrefixes } from '@tonghop/core';
import type { SummaryModel, UnitInfo } from './types';
import { MOTTO, NATION, TITLE, TITLE_SUBJECT } from './words';

/**
 * The heading of a printed sheet in the state document format (Nghị định 30/2020/NĐ-CP): the
 * issuing body on the left, the national name and motto on the right, the place-and-date line
 * under them, then the title with the period in words and the sheet's own title.
 */
export interface DocumentHeading {
  /** Issuing body: the parent body (may be ''), then the unit itself, upper case. */
  body: [string, string];
  nation: string;
  motto: string;
  /** "Đam Rông, ngày 22 tháng 11 năm 2026". */
  placeDate: string;
  title: string;
  /** "Kết quả thực hiện dân chủ ở cơ sở 6 tháng đầu năm 2022". */
  subject: string;
  /** What this sheet holds: "Biểu XA: xã, phường, thị trấn: 8/8 xã đã báo cáo". */
  sheetTitle: string;
}

const PEOPLES_COMMITTEE = 'ỦY BAN NHÂN DÂN';
/** Unit types whose issuing body is the People's Committee of the unit's area. */
const AREA_TYPES = new Set(['tinh', 'huyen', 'xa']);

function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** The issuing body lines: "ỦY BAN NHÂN DÂN" / "HUYỆN ĐAM RÔNG"; an agency under its parent. */
export function issuingBody(unit: UnitInfo, units: ReadonlyMap<string, UnitInfo>): [string, string] {
  if (AREA_TYPES.has(unit.type)) return [PEOPLES_COMMITTEE, upper(unit.name)];
  const parent = unit.parentCode === null ? undefined : units.get(unit.parentCode);
  return [parent ? upper(AREA_TYPES.has(parent.type) ? `UBND ${parent.name}` : parent.name) : '', upper(unit.name)];
}

/** The place of the place-and-date line: the area's name without "Huyện", "Tỉnh", "Xã". */
export function placeName(unit: UnitInfo, units: ReadonlyMap<string, UnitInfo>): string {
  let area: UnitInfo | undefined = unit;
  const seen = new Set<string>();
  while (area && !AREA_TYPES.has(area.type) && area.parentCode !== null && !seen.has(area.code)) {
    seen.add(area.code);
    area = units.get(area.parentCode);
  }
  const name = (area ?? unit).name;
  const bare = stripNamePrefixes(normalizeName(name));
  // normalizeName lower-cases; keep the name as written, minus the prefix words it dropped.
  const words = name.split(/\s+/u);
  return words.slice(words.length - bare.split(/\s+/u).length).join(' ');
}

/** "ngày 22 tháng 11 năm 2026", in Vietnam time whatever the machine's zone. */
export function dateInWords(at: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // Nghị định 30/2020: a day below 10 and the months 1 and 2 take a leading zero ("ngày 05 tháng 02", "tháng 11", "tháng 3").
  const month = Number(part('month'));
  return `ngày ${part('day')} tháng ${month <= 2 ? part('month') : String(month)} năm ${part('year')}`;
}

export function documentHeading(model: SummaryModel, sheetTitle: string): DocumentHeading {
  return {
    body: issuingBody(model.unit, model.units),
    nation: NATION,
    motto: MOTTO,
    placeDate: `${placeName(model.unit, model.units)}, ${dateInWords(model.exportedAt)}`,
    title: TITLE,
    subject: `${TITLE_SUBJECT} ${model.periodText}`,
    sheetTitle,
  };
}

const VI_NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A number inside a sentence, the Vietnamese way: 7.554, 12,5. */
export function viNumber(n: number): string {
  return VI_NUMBER.format(n);
}
