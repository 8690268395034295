import type { UnitInfo } from '@tonghop/report-export/loaders';

const PREFIX = /^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn|Đặc khu)\s+/u;

/** A unit's name inside a sentence: "xã Đạ Tông", "thị trấn Lạc Dương", "Phòng Nội vụ". */
export function nameInSentence(name: string): string {
  const m = PREFIX.exec(name);
  return m ? name.charAt(0).toLocaleLowerCase('vi') + name.slice(1) : name;
}

/** The place of the date line: the name without its administrative prefix ("Đam Rông"). */
export function placeName(name: string): string {
  return name.replace(PREFIX, '');
}

/** Names by code, in sentence form; an unknown code is written as itself. */
export function unitNames(codes: readonly string[], units: ReadonlyMap<string, UnitInfo>): string[] {
  return codes.map((c) => nameInSentence(units.get(c)?.name ?? c));
}
