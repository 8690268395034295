import { rollupModels, type RollupFigure, type Sources } from '@tonghop/figures';
import type { ReadDb } from './types';

/** The units under `unit` in the period that carry a group tag (`so_huu:tu_nhan`), as the roll-up by group selects them. */
export async function loadGroupMembers(
  db: ReadDb,
  unit: string,
  period: string,
  groups: readonly string[],
): Promise<Map<string, Set<string>>> {
  const rows = await db.query<{ grp: string; unit_code: string }>(
    `select g.key || ':' || g.value as grp, g.unit_code
       from main.unit_groups as g
      where list_contains($3::varchar[], g.key || ':' || g.value)
        and g.unit_code in (select s.descendant from ${rollupModels.unitTree.sql}($1, $2) as s)`,
    [unit, period, [...groups]],
  );
  const members = new Map(groups.map((g) => [g, new Set<string>()]));
  for (const r of rows) members.get(r.grp)?.add(r.unit_code);
  return members;
}

/**
 * A `share_true` figure restricted to a group's members, from the whole figure and its sources:
 * the members that answered (their submissions give the indicator) and, among them, those in
 * `false_units`. Equal to `getRollup({ group })` for the share (a test compares them for every
 * share indicator and group of the demo), without a second pass over the facts per group —
 * each such pass costs a province ~0.5 s. Other aggregations are not derived (null).
 */
export function groupShare(figure: RollupFigure, sources: Sources, members: ReadonlySet<string>): RollupFigure | null {
  if (figure.aggregation !== 'share_true' || figure.option !== null) return null;
  const answered = new Set(
    sources.submissions.filter((s) => members.has(s.unit) && s.indicators.includes(figure.indicator)).map((s) => s.unit),
  );
  const falseUnits = figure.false_units.filter((u) => answered.has(u));
  const denominator = answered.size;
  const numerator = denominator - falseUnits.length;
  return {
    ...figure,
    value: denominator === 0 ? null : numerator,
    numerator: denominator === 0 ? null : numerator,
    denominator: denominator === 0 ? null : denominator,
    reporting_units: denominator,
    expected_units: [...members].length,
    false_units: falseUnits,
  };
}
