import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, submit, unit } from '@tonghop/figures/testing';
import { openWarehouse, type Warehouse } from '@tonghop/warehouse';

export const clock = () => new Date('2026-12-01T03:00:00Z');

export async function tempDir(prefix = 'tonghop-exchange-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A warehouse in a temp file (an in-memory one works too, but exports are files anyway). */
export async function openProvinceDb(): Promise<Warehouse> {
  const dir = await tempDir();
  return openWarehouse({ path: join(dir, 'p.duckdb'), clock });
}

/**
 * A province `code` with a district, two communes and an agency; submissions for 2022S1 (a second
 * version for one commune, a rejected one) and 2022S2; the pipeline run. Values scale with `k` so
 * two provinces differ.
 */
export async function buildProvince(wh: Warehouse, code: string, k: number): Promise<void> {
  await wh.importUnits(
    [
      unit(code, 'tinh', null, { name: `Tỉnh ${code}` }),
      unit(`${code}H1`, 'huyen', code),
      unit(`${code}X1`, 'xa', `${code}H1`, { validTo: '2025-06-30' }),
      unit(`${code}X2`, 'xa', `${code}H1`),
      unit(`${code}C1`, 'co_quan', code, { groups: ['cap:tinh'] }),
    ],
    'test',
  );
  await submit(wh, { unit: `${code}X1`, period: '2022S1', form: 'XA', values: { TCD_LUOT: 5 * k, XA_MOT_CUA: true } });
  await submit(wh, { unit: `${code}X1`, period: '2022S1', form: 'XA', values: { TCD_LUOT: 6 * k, XA_MOT_CUA: true } });
  await submit(wh, { unit: `${code}X2`, period: '2022S1', form: 'XA', values: { TCD_LUOT: 7 * k, XA_MOT_CUA: false } });
  await submit(wh, { unit: `${code}X2`, period: '2022S1', form: 'XA', status: 'rejected', values: { TCD_LUOT: 999 } });
  await submit(wh, { unit: `${code}C1`, period: '2022S1', form: 'CQ', values: { TCD_LUOT: 11 * k, DON_TONG: 4 * k, DON_DA_GQ: 3 * k } });
  await submit(wh, { unit: `${code}X2`, period: '2022S2', form: 'XA', values: { TCD_LUOT: 2 * k } });
  await run(wh);
}
