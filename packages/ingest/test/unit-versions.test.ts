import { mkdtemp } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseUnitsCsvRows } from '@tonghop/core';
import { openWarehouse, type Warehouse } from '@tonghop/warehouse';
import { context, FIXED_NOW, ingest, writeFiles } from './helpers';

// The real Lâm Đồng trees before and after 1 July 2025 (fixtures/units/dvhc): codes are reused.
const tree = (name: string) => {
  const path = fileURLToPath(new URL(`../../../fixtures/units/dvhc/${name}`, import.meta.url));
  const parsed = parseUnitsCsvRows(Papa.parse<string[]>(readFileSync(path, 'utf8')).data);
  if (parsed.errors.length > 0) throw new Error(JSON.stringify(parsed.errors));
  return parsed.units;
};

let warehouse: Warehouse;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tonghop-versions-'));
  warehouse = await openWarehouse({ path: ':memory:', blobDir: join(dir, 'blobs'), clock: () => FIXED_NOW });
  await warehouse.importUnits(tree('lam-dong-before-2025-07-01.csv'), 'test');
  await warehouse.importUnits(tree('lam-dong-from-2025-07-01.csv'), 'test');
});
afterEach(async () => {
  await warehouse.close();
});

describe('ingest after the new tree was imported over the old one', () => {
  it('the old Phường Mũi Né still reports 2025S1; code 22918 is Hàm Tiến then and Mũi Né from 2025S2', async () => {
    const files = await writeFiles(dir, {
      'a-mui-ne-2025s1.tl': ['unit=Phường Mũi Né', 'period=2025S1', 'TCD_LUOT=3'].join('\n'),
      'b-22918-2025s1.tl': ['unit=22918', 'period=2025S1', 'TCD_LUOT=4'].join('\n'),
      'c-mui-ne-2026s1.tl': ['unit=Phường Mũi Né', 'period=2026S1', 'TCD_LUOT=5'].join('\n'),
      'd-ham-tien-2026s1.tl': ['unit=Phường Hàm Tiến', 'period=2026S1', 'TCD_LUOT=6'].join('\n'),
    });
    const [old, reused, merged, gone] = await ingest(files, context(warehouse));
    expect(old).toMatchObject({ status: 'accepted', unit: '22915', form: 'XA' });
    expect(reused).toMatchObject({ status: 'accepted', unit: '22918', form: 'XA' });
    expect(merged).toMatchObject({ status: 'accepted', unit: '22918', form: 'XA' });
    expect(gone).toMatchObject({ status: 'rejected', submission_id: null });
    expect(gone?.errors[0]).toMatchObject({ rule: 'UNIT_INACTIVE' });
    expect(gone?.errors[0]?.message).toContain('đơn vị 22918 (Phường Hàm Tiến) không hoạt động trong kỳ 2026S1 (hiệu lực … – 2025-06-30)');
  });

  it('a code with no version in the period names every version', async () => {
    const [path = ''] = await writeFiles(dir, { 'x.tl': ['unit=24856', 'period=2026S1', 'TCD_LUOT=1'].join('\n') });
    const [r] = await ingest([path], context(warehouse));
    expect(r?.errors[0]?.message).toContain('đơn vị 24856 (Xã Đạ Long) không hoạt động trong kỳ 2026S1 (hiệu lực … – 2025-06-30)');
  });
});
