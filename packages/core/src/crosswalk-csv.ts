import type { Unit, UnitType } from './types';
import { UNIT_TYPES } from './types';
import { groupVersions, validityLabel } from './unit-versions';

/** Crosswalk file of spec §6: which old units went into which new ones on the effective date. */
export const CROSSWALK_CSV_HEADER = ['level', 'old_code', 'old_name', 'new_code', 'new_name', 'link'] as const;
type Column = (typeof CROSSWALK_CSV_HEADER)[number];

export type LinkKind = 'full' | 'partial';
export const LINK_KINDS: readonly LinkKind[] = ['full', 'partial'];

export interface CrosswalkLink {
  level: UnitType;
  oldCode: string;
  newCode: string;
  /** `full`: the whole old unit went into the new one; `partial`: a part of it did. */
  link: LinkKind;
  /** 1-based line of the file (the header is line 1). */
  line: number;
}

export interface CrosswalkIssue {
  line: number;
  /** Vietnamese, without the file: the caller adds it. */
  message: string;
}

export const DEFAULT_EFFECTIVE_DATE = '2025-07-01';

/** The day before an ISO date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Read a crosswalk file's rows (header first, one row per physical line, split by a CSV parser),
 * checking only the file itself: columns, levels, link kinds, codes, the same link twice.
 */
export function parseCrosswalkRows(rows: readonly (readonly string[])[]): { links: CrosswalkLink[]; errors: CrosswalkIssue[] } {
  const header = (rows[0] ?? []).map((h) =>
    h
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
  const index = new Map(header.map((h, i) => [h, i]));
  const missing = CROSSWALK_CSV_HEADER.filter((c) => !index.has(c));
  if (missing.length > 0) {
    return {
      links: [],
      errors: [
        {
          line: 1,
          message: `không phải tệp bảng chuyển đổi đơn vị: thiếu cột ${missing.join(', ')} trong dòng tiêu đề (cần: ${CROSSWALK_CSV_HEADER.join(',')})`,
        },
      ],
    };
  }
  const links: CrosswalkLink[] = [];
  const errors: CrosswalkIssue[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.every((cell) => cell.trim() === '')) return;
    const get = (c: Column) => (row[index.get(c) ?? -1] ?? '').normalize('NFC').trim();
    const problems: string[] = [];
    const level = get('level');
    const oldCode = get('old_code');
    const newCode = get('new_code');
    const link = get('link');
    if (!UNIT_TYPES.includes(level as UnitType)) problems.push(`cấp "${level}" không hợp lệ (cần một trong: ${UNIT_TYPES.join(', ')})`);
    if (!oldCode) problems.push('thiếu mã đơn vị cũ (old_code)');
    if (!newCode) problems.push('thiếu mã đơn vị mới (new_code)');
    if (!LINK_KINDS.includes(link as LinkKind)) problems.push(`loại liên kết "${link}" không hợp lệ (cần full hoặc partial)`);
    const key = `${oldCode}→${newCode}`;
    const first = seen.get(key);
    if (oldCode && newCode && first !== undefined) problems.push(`liên kết ${oldCode} → ${newCode} trùng với dòng ${first}`);
    if (problems.length > 0) {
      errors.push({ line, message: problems.join('; ') });
      return;
    }
    seen.set(key, line);
    links.push({ level: level as UnitType, oldCode, newCode, link: link as LinkKind, line });
  });
  return { links, errors };
}

/**
 * Check links against the unit versions (spec §6): the old code must have a version of the link's
 * level ending the day before `effective`, the new code one starting on it. On a `xa` line the old
 * unit may be a district: the island districts without communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa,
 * Lý Sơn, Côn Đảo) became đặc khu.
 */
export function checkCrosswalkLinks(links: readonly CrosswalkLink[], units: readonly Unit[], effective: string): CrosswalkIssue[] {
  const versions = groupVersions(units);
  const lastDay = dayBefore(effective);
  const issues: CrosswalkIssue[] = [];
  const side = (code: string, role: 'cũ' | 'mới', level: UnitType): string | null => {
    const all = versions.get(code);
    if (!all) return `mã đơn vị ${role} "${code}" không có trong danh mục đơn vị`;
    const meeting = all.find((v) => (role === 'cũ' ? v.validTo === lastDay : v.validFrom === effective));
    const listed = all.map((v) => `"${v.name}" ${validityLabel(v)}`).join('; ');
    if (!meeting) {
      return role === 'cũ'
        ? `đơn vị cũ "${code}" không có phiên bản nào kết thúc ngày ${lastDay} (các phiên bản: ${listed})`
        : `đơn vị mới "${code}" không có phiên bản nào bắt đầu ngày ${effective} (các phiên bản: ${listed})`;
    }
    // An island district without communes became a commune-level đặc khu: a `xa` line may start at a `huyen`.
    const fits = meeting.type === level || (role === 'cũ' && level === 'xa' && meeting.type === 'huyen');
    if (!fits) return `đơn vị ${role} "${code}" (${meeting.name}) thuộc cấp ${meeting.type}, không phải cấp ${level} của dòng này`;
    return null;
  };
  for (const link of links) {
    const problems = [side(link.oldCode, 'cũ', link.level), side(link.newCode, 'mới', link.level)].filter((p) => p !== null);
    if (problems.length > 0) issues.push({ line: link.line, message: problems.join('; ') });
  }
  return issues;
}
