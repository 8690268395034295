import { normalizeName, stripNamePrefixes } from './names';
import { isUnitActive } from './periods';
import type { Period, Unit, UnitType } from './types';
import { groupVersions, versionInForce } from './unit-versions';

export interface UnitMatchOptions {
  /** Only units active (validity overlapping) in this period. */
  at?: Period;
  /** Only units of these types. */
  types?: readonly UnitType[];
}

/**
 * `UNIT_NOT_FOUND` carries the units that match the text but are excluded by `at` or `types`
 * (so the caller can say "inactive in the period"); empty when nothing matches at all.
 */
export type UnitMatch = { ok: true; unit: Unit } | { ok: false; code: 'UNIT_NOT_FOUND' | 'UNIT_AMBIGUOUS'; candidates: Unit[] };

export interface UnitMatcher {
  match(text: string, opts?: UnitMatchOptions): UnitMatch;
}

const PREFIX_TYPES: [RegExp, UnitType][] = [
  [/^(?:ubnd |uy ban nhan dan )?(?:xa|phuong|thi tran|dac khu) /, 'xa'],
  [/^(?:ubnd |uy ban nhan dan )?huyen /, 'huyen'],
  [/^(?:ubnd |uy ban nhan dan )?tinh /, 'tinh'],
];

/** Candidates for a text, by exact code, code in any case, full name, then name without prefixes. */
function find(units: readonly Unit[], text: string): Unit[] {
  const trimmed = text.normalize('NFC').trim();
  const exact = units.filter((u) => u.code === trimmed);
  if (exact.length) return exact;
  const upper = trimmed.toUpperCase();
  const byCode = units.filter((u) => u.code.toUpperCase() === upper);
  if (byCode.length) return byCode;
  const full = normalizeName(trimmed);
  if (!full) return [];
  const byName = units.filter((u) => normalizeName(u.name) === full);
  if (byName.length) return byName;
  const key = stripNamePrefixes(full);
  const byKey = units.filter((u) => stripNamePrefixes(normalizeName(u.name)) === key);
  if (byKey.length < 2) return byKey;
  const hinted = PREFIX_TYPES.find(([re]) => re.test(`${full} `))?.[1];
  const narrowed = hinted ? byKey.filter((u) => u.type === hinted) : byKey;
  return narrowed.length ? narrowed : byKey;
}

/** Versions of one code are one unit: keep the version in force in `at` (the latest without it). */
function onePerCode(found: readonly Unit[], at?: Period): Unit[] {
  return [...groupVersions(found).values()].flatMap((versions) => versionInForce(versions, at) ?? []);
}

/**
 * Match unit codes and hand-written names ("Xã Đạ M’Rông", "UBND xã Liêng S'Rônh", NFD text)
 * against a unit list (every version of every unit). Several versions of one code are one unit:
 * the match is the version in force in `at`. Two or more units is `UNIT_AMBIGUOUS` with all of them.
 */
export function createUnitMatcher(units: readonly Unit[]): UnitMatcher {
  return {
    match(text, opts = {}) {
      const allowed = units.filter((u) => (!opts.at || isUnitActive(u, opts.at)) && (!opts.types || opts.types.includes(u.type)));
      const found = onePerCode(find(allowed, text), opts.at);
      if (found.length === 1 && found[0]) return { ok: true, unit: found[0] };
      if (found.length > 1) return { ok: false, code: 'UNIT_AMBIGUOUS', candidates: found };
      const excluded = allowed.length === units.length ? [] : onePerCode(find(units, text));
      return { ok: false, code: 'UNIT_NOT_FOUND', candidates: excluded };
    },
  };
}
