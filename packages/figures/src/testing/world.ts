/** Test helpers shared by the packages that read figures: an in-memory warehouse, units, submissions, a run. */
import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FormCode, Unit, UnitType } from '@tonghop/core';
import { openWarehouse, type Warehouse } from '@tonghop/warehouse';
import { runRollupPipeline } from '../run';

export type Value = number | boolean | string | Record<string, number>;

export async function openWorld(): Promise<Warehouse> {
  return openWarehouse({ path: ':memory:', blobDir: await mkdtemp(join(tmpdir(), 'tonghop-fig-')) });
}

export function unit(code: string, type: UnitType, parentCode: string | null, extra: Partial<Unit> = {}): Unit {
  return { code, name: `Đơn vị ${code}`, type, parentCode, groups: [], validFrom: null, validTo: null, ...extra };
}

let serial = 0;

/**
 * Stores one submission. `values` maps indicator codes to a number, boolean, text (category
 * option code or free text) or, for a disaggregated indicator, {option: number}. Each value gets
 * a cell D<row> in sheet "Biểu" of a file named after the unit and period.
 */
export async function submit(
  wh: Warehouse,
  s: {
    unit: string;
    period: string;
    form: FormCode;
    values: Record<string, Value>;
    status?: 'accepted' | 'warning' | 'rejected';
    at?: string;
  },
) {
  serial += 1;
  const name = `${s.unit}-${s.period}-${serial}.xlsx`;
  const facts = [];
  let row = 10;
  for (const [indicator, value] of Object.entries(s.values)) {
    const entries: [string | null, number | boolean | string][] = typeof value === 'object' ? Object.entries(value) : [[null, value]];
    for (const [option, v] of entries) {
      row += 1;
      facts.push({
        indicator,
        option,
        num: typeof v === 'number' ? v : null,
        bool: typeof v === 'boolean' ? v : null,
        text: typeof v === 'string' ? v : null,
        source: { file: name, sheet: 'Biểu', cell: `D${row}` },
      });
    }
  }
  return wh.storeSubmission({
    unitCode: s.unit,
    period: s.period,
    form: s.form,
    status: s.status ?? 'accepted',
    plugin: 'test',
    file: { sha256: createHash('sha256').update(name).digest('hex'), size: 100, name },
    uploadedBy: 'test',
    receivedAt: new Date(s.at ?? '2022-07-05T09:00:00+07:00'),
    facts,
    validation: [],
  });
}

export function run(wh: Warehouse) {
  return runRollupPipeline(wh, { clock: () => new Date('2026-01-15T03:00:00Z') });
}
