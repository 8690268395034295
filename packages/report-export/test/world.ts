import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FormCode, Unit, UnitType } from '@tonghop/core';
import { runRollupPipeline } from '@tonghop/figures';
import { openWarehouse, type Warehouse } from '@tonghop/warehouse';

export type Value = number | boolean | string | Record<string, number>;

export async function openWorld(): Promise<Warehouse> {
  return openWarehouse({ path: ':memory:', blobDir: await mkdtemp(join(tmpdir(), 'tonghop-export-')) });
}

export function unit(code: string, type: UnitType, parentCode: string | null, name = `Đơn vị ${code}`, extra: Partial<Unit> = {}): Unit {
  return { code, name, type, parentCode, groups: [], validFrom: null, validTo: null, ...extra };
}

let serial = 0;

/** Stores one submission through the warehouse, each value from a cell D<row> of sheet "Biểu". */
export async function submit(
  wh: Warehouse,
  s: { unit: string; period: string; form: FormCode; values: Record<string, Value>; status?: 'accepted' | 'rejected'; at?: string },
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
