import type { FactValue } from '@tonghop/core';
import type { ReadDb } from './types';
import { rollupModels } from '@tonghop/figures';

interface ValueRow {
  unit_code: string;
  indicator: string;
  option: string | null;
  num_value: number | null;
  bool_value: boolean | null;
  text_value: string | null;
}

/** The key of a value in a unit's map: `IND` for the indicator, `IND.OPTION` for an option. */
export function valueKey(indicator: string, option: string | null): string {
  return option === null ? indicator : `${indicator}.${option}`;
}

/**
 * Each unit's own values for the period (its current valid version, or derived from
 * sub-periods), for every unit under `unit`: unit code → key → value. Reads the roll-up
 * pipeline's per-unit macro `unit_values`, the one the roll-up itself aggregates.
 */
export async function loadOwnValues(db: ReadDb, unit: string, period: string): Promise<Map<string, Map<string, FactValue>>> {
  const rows = await db.query<ValueRow>(
    `select v.unit_code, v.indicator, v.option, v.num_value, v.bool_value, v.text_value
       from ${rollupModels.unitValues.sql}($1, $2) as v`,
    [unit, period],
  );
  const byUnit = new Map<string, Map<string, FactValue>>();
  for (const r of rows) {
    const value = r.num_value ?? r.bool_value ?? r.text_value;
    if (value === null) continue;
    let values = byUnit.get(r.unit_code);
    if (!values) byUnit.set(r.unit_code, (values = new Map()));
    values.set(valueKey(r.indicator, r.option), value);
  }
  return byUnit;
}
