import { describe, expect, it } from 'vitest';
import { unitTree } from '@tonghop/api';
import type { Unit } from '@tonghop/core';
import { flattenUnits } from '../src/api/unit-tree';
import { indexUnits } from '../src/lib/units';

const v = (
  code: string,
  name: string,
  type: Unit['type'],
  parentCode: string | null,
  validFrom: string | null,
  validTo: string | null,
): Unit => ({
  code,
  name,
  type,
  parentCode,
  groups: [],
  validFrom,
  validTo,
});

describe('unit versions on the page (spec §2: codes are reused)', () => {
  // The API's own tree builder over real versions, so the page reads what the API sends.
  it('names a reused code as the version in force in the selected period', () => {
    const units = flattenUnits(
      unitTree([
        v('68', 'Tỉnh Lâm Đồng', 'tinh', null, null, '2025-06-30'),
        v('68', 'Tỉnh Lâm Đồng', 'tinh', null, '2025-07-01', null),
        v('674', 'Huyện Đam Rông', 'huyen', '68', null, '2025-06-30'),
        v('24853', 'Xã Đạ Tông', 'xa', '674', null, '2025-06-30'),
        v('24853', 'Xã Đam Rông 4', 'xa', '68', '2025-07-01', null),
      ]),
    );
    expect(units.map((u) => `${u.code}<${u.parentCode}`)).toEqual(['68<null', '674<68', '24853<674', '68<null', '24853<68']);
    const index = indexUnits(units);
    expect(index.at('2022S1').name('24853')).toBe('Xã Đạ Tông');
    expect(index.at('2026S1').name('24853')).toBe('Xã Đam Rông 4');
    expect(
      index
        .at('2022S1')
        .ancestors('24853')
        .map((u) => u.code),
    ).toEqual(['68', '674']);
    expect(
      index
        .at('2026S1')
        .ancestors('24853')
        .map((u) => u.code),
    ).toEqual(['68']);
    expect(index.children('68', '2026S1').map((u) => u.name)).toEqual(['Xã Đam Rông 4']);
    expect(index.children('68', '2022S1').map((u) => u.name)).toEqual(['Huyện Đam Rông']);
    expect(index.at('2026S1').roots()).toHaveLength(1);
  });
});
