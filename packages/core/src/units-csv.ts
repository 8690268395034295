import type { Unit, UnitType } from './types';
import { UNIT_TYPES } from './types';
import { groupVersions, validityLabel, versionKey, versionsOverlap } from './unit-versions';

export const UNITS_CSV_HEADER = ['code', 'name', 'type', 'parent_code', 'groups', 'valid_from', 'valid_to'] as const;
type Column = (typeof UNITS_CSV_HEADER)[number];

export interface UnitsCsvIssue {
  /** 1-based line: the header is line 1, rows[i] is line i + 1. */
  line: number;
  /** Vietnamese, without the place: the caller adds the file and the line. */
  message: string;
}

export interface UnitsCsvResult {
  units: Unit[];
  /** The line of each unit: `lines[i]` is where `units[i]` was read. */
  lines: number[];
  errors: UnitsCsvIssue[];
  /** Parent codes that are not in the file: the caller checks them against the database. */
  externalParents: string[];
}

const GROUP = /^[\p{L}\d_]+:[^;:\s][^;:]*$/u;

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Read the rows of a units file (spec §2), header first, one row per physical line, already
 * split by a CSV parser. Columns may come in any order. A parent missing from the file is not
 * an error here: it is listed in `externalParents` for the caller to check in the database.
 */
export function parseUnitsCsvRows(rows: readonly (readonly string[])[]): UnitsCsvResult {
  const errors: UnitsCsvIssue[] = [];
  const header = (rows[0] ?? []).map((h) =>
    h
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
  );
  const index = new Map(header.map((h, i) => [h, i]));
  const missing = UNITS_CSV_HEADER.filter((c) => !index.has(c));
  if (missing.length) {
    return {
      units: [],
      lines: [],
      externalParents: [],
      errors: [{ line: 1, message: `Thiếu cột ${missing.join(', ')} trong dòng tiêu đề (cần: ${UNITS_CSV_HEADER.join(',')})` }],
    };
  }
  const units: Unit[] = [];
  const lines: number[] = [];
  const versionsOf = new Map<string, { unit: Unit; line: number }[]>();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.every((cell) => cell.trim() === '')) return;
    const get = (c: Column) => (row[index.get(c) ?? -1] ?? '').normalize('NFC').trim();
    const problems: string[] = [];
    const code = get('code');
    const name = get('name');
    const type = get('type');
    const groups = get('groups')
      .split(';')
      .map((g) => g.trim())
      .filter(Boolean);
    const validFrom = get('valid_from') || null;
    const validTo = get('valid_to') || null;
    if (!code) problems.push('thiếu mã đơn vị (code)');
    if (!name) problems.push('thiếu tên đơn vị (name)');
    if (!UNIT_TYPES.includes(type as UnitType))
      problems.push(`loại đơn vị "${type}" không hợp lệ (cần một trong: ${UNIT_TYPES.join(', ')})`);
    for (const g of groups) if (!GROUP.test(g)) problems.push(`nhóm "${g}" không đúng dạng khóa:giá_trị`);
    for (const d of [validFrom, validTo]) if (d !== null && !isIsoDate(d)) problems.push(`ngày "${d}" không hợp lệ (cần dạng YYYY-MM-DD)`);
    if (validFrom && validTo && isIsoDate(validFrom) && isIsoDate(validTo) && validFrom > validTo)
      problems.push(`ngày bắt đầu ${validFrom} sau ngày kết thúc ${validTo}`);
    const parentCode = get('parent_code') || null;
    if (code && parentCode === code) problems.push('đơn vị không thể là cấp trên của chính nó');
    const unit: Unit = { code, name, type: type as UnitType, parentCode, groups, validFrom, validTo };
    // A code may have several versions (spec §2), whose validity may not overlap.
    const earlier = problems.length ? undefined : versionsOf.get(code)?.find((v) => versionsOverlap(v.unit, unit));
    if (earlier) problems.push(overlapMessage(code, earlier, { unit, line }));
    if (problems.length) {
      errors.push({ line, message: problems.join('; ') });
      return;
    }
    versionsOf.set(code, [...(versionsOf.get(code) ?? []), { unit, line }]);
    units.push(unit);
    lines.push(line);
  });
  const codes = new Set(units.map((u) => u.code));
  const externalParents = [...new Set(units.flatMap((u) => (u.parentCode && !codes.has(u.parentCode) ? [u.parentCode] : [])))];
  return { units, lines, errors, externalParents };
}

/** Two versions of one code whose validity overlaps: the message names both lines. */
export function overlapMessage(code: string, a: { unit: Unit; line: number }, b: { unit: Unit; line: number }): string {
  return (
    `mã đơn vị "${code}" có hai phiên bản trùng thời gian hiệu lực: dòng ${a.line} ("${a.unit.name}", ${validityLabel(a.unit)}) ` +
    `và dòng ${b.line} ("${b.unit.name}", ${validityLabel(b.unit)}); các phiên bản của một mã không được chồng lên nhau`
  );
}

/**
 * Lines of a units file whose version overlaps a stored version of the same code that the file
 * does not replace (a stored version is replaced by a line with the same code and valid_from).
 */
export function clashesWithStored(result: Pick<UnitsCsvResult, 'units' | 'lines'>, stored: readonly Unit[]): UnitsCsvIssue[] {
  const replaced = new Set(result.units.map(versionKey));
  const storedByCode = groupVersions(stored.filter((u) => !replaced.has(versionKey(u))));
  const issues: UnitsCsvIssue[] = [];
  result.units.forEach((unit, i) => {
    const other = storedByCode.get(unit.code)?.find((v) => versionsOverlap(v, unit));
    if (!other) return;
    issues.push({
      line: result.lines[i] ?? 0,
      message:
        `mã đơn vị "${unit.code}" ("${unit.name}", ${validityLabel(unit)}) trùng thời gian hiệu lực với phiên bản đã có trong cơ sở dữ liệu ` +
        `("${other.name}", ${validityLabel(other)}); hãy nhập lại phiên bản cũ với ngày kết thúc (valid_to) trước ngày bắt đầu của phiên bản mới`,
    });
  });
  return issues;
}
