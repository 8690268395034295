import type { Period, Unit } from './types';

/**
 * Unit versions (spec §2): a code may appear on several lines whose validity ranges do not
 * overlap; each line is a version. This module is the one home of "which version is in force".
 */

type Validity = Pick<Unit, 'validFrom' | 'validTo'>;
/** Inclusive ISO dates; null = open. */
export interface DateRange {
  start: string | null;
  end: string | null;
}

const FIRST = '0001-01-01';
const LAST = '9999-12-31';

/** Do two validity ranges share at least one day? */
export function versionsOverlap(a: Validity, b: Validity): boolean {
  return (a.validFrom ?? FIRST) <= (b.validTo ?? LAST) && (b.validFrom ?? FIRST) <= (a.validTo ?? LAST);
}

/** Is the version in force on `date` (ISO)? */
export function inForceOn(unit: Validity, date: string): boolean {
  return (unit.validFrom ?? FIRST) <= date && date <= (unit.validTo ?? LAST);
}

/** "2025-07-01 – …": a validity for messages. */
export function validityLabel(unit: Validity): string {
  return `${unit.validFrom ?? '…'} – ${unit.validTo ?? '…'}`;
}

/** A version's identity within its code: its start (null = open). */
export function versionKey(unit: Pick<Unit, 'code' | 'validFrom'>): string {
  return `${unit.code}@${unit.validFrom ?? ''}`;
}

/** Versions by code, each list ordered by start (open start first). */
export function groupVersions(units: readonly Unit[]): Map<string, Unit[]> {
  const byCode = new Map<string, Unit[]>();
  for (const u of units) {
    const list = byCode.get(u.code);
    if (list) list.push(u);
    else byCode.set(u.code, [u]);
  }
  for (const list of byCode.values()) list.sort((a, b) => ((a.validFrom ?? FIRST) < (b.validFrom ?? FIRST) ? -1 : 1));
  return byCode;
}

/**
 * The version in force in a period: among the versions whose validity overlaps it, the one that
 * starts last (so a period that straddles a change takes the version in force at its end, spec §6).
 * Without a period: the latest version.
 */
export function versionInForce<U extends Validity>(versions: readonly U[], at?: Pick<Period, 'start' | 'end'>): U | undefined {
  let best: U | undefined;
  for (const v of versions) {
    if (at && !versionsOverlap(v, { validFrom: at.start, validTo: at.end })) continue;
    if (!best || (v.validFrom ?? FIRST) > (best.validFrom ?? FIRST)) best = v;
  }
  return best;
}

/** The version in force on one day, if any. */
export function versionOn<U extends Validity>(versions: readonly U[], date: string): U | undefined {
  return versions.find((v) => inForceOn(v, date));
}

export interface VersionOverlap<T> {
  first: T;
  second: T;
}

/** Pairs of versions of one code whose validity overlaps (each pair once, in input order). */
export function findVersionOverlaps<T extends { unit: Unit }>(items: readonly T[]): VersionOverlap<T>[] {
  const byCode = new Map<string, T[]>();
  for (const item of items) {
    const list = byCode.get(item.unit.code);
    if (list) list.push(item);
    else byCode.set(item.unit.code, [item]);
  }
  const out: VersionOverlap<T>[] = [];
  for (const list of byCode.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as T;
        const b = list[j] as T;
        if (versionsOverlap(a.unit, b.unit)) out.push({ first: a, second: b });
      }
    }
  }
  return out;
}
