import { describe, expect, it } from 'vitest';
import { readCompleteness, readRollup } from '../src/api/read-figures';
import { readLineage } from '../src/api/read-lineage';
import { readUnits } from '../src/api/read-units';
import { figureText } from '../src/lib/figures';
import { indexUnits } from '../src/lib/units';
import type { Indicator } from '../src/api/types';

const share: Indicator = {
  code: 'XA_MOT_CUA',
  label: 'Một cửa',
  unit: 'Có/Không',
  value_type: 'boolean',
  aggregation: 'share_true',
  forms: ['XA'],
  category_set: null,
  numerator: null,
  denominator: null,
};

describe('reading the API answers', () => {
  it('flattens the unit tree and keeps units active in the period', () => {
    const units = readUnits({
      units: [
        {
          code: '68',
          name: 'Tỉnh Lâm Đồng',
          type: 'tinh',
          groups: [],
          valid_from: null,
          valid_to: null,
          children: [
            {
              code: '679',
              name: 'Huyện Đam Rông',
              type: 'huyen',
              groups: [],
              valid_from: null,
              valid_to: '2025-06-30',
              children: [
                {
                  code: '24955',
                  name: 'Xã Đạ Tồn',
                  type: 'xa',
                  groups: [],
                  valid_from: '2015-01-01',
                  valid_to: '2020-12-31',
                  children: [],
                },
                { code: '24931', name: 'Xã Rô Men', type: 'xa', groups: [], valid_from: null, valid_to: '2025-06-30', children: [] },
              ],
            },
          ],
        },
      ],
    });
    const index = indexUnits(units);
    expect(units.map((u) => `${u.code}<${u.parent_code}`)).toEqual(['68<null', '679<68', '24955<679', '24931<679']);
    expect(index.children('679', '2022S1').map((u) => u.name)).toEqual(['Xã Rô Men']);
    expect(index.ancestors('24931').map((u) => u.code)).toEqual(['68', '679']);
  });

  it('shows a share as "8/8 xã" for a district and Có/Không for one commune', () => {
    const rollup = readRollup({
      unit: '679',
      period: '2022S1',
      figures: [
        {
          indicator: 'XA_MOT_CUA',
          option: null,
          value: 8,
          numerator: 8,
          denominator: 8,
          reporting_units: 8,
          expected_units: 8,
          false_units: [],
        },
      ],
    });
    expect(figureText(rollup.figures[0], share, 'xã')).toBe('8/8 xã');
    expect(figureText({ ...rollup.figures[0]!, value: 0, numerator: 0, denominator: 1 }, share, 'xã', true)).toBe('Không');
  });

  it('reads completeness with the late units listed', () => {
    const c = readCompleteness(
      {
        unit: '68',
        period: '2022S1',
        form: 'XA',
        expected: 11,
        submitted: 9,
        on_time: 8,
        late: 1,
        missing: ['24847', '24848'],
        late_units: ['24846'],
      },
      'XA',
    );
    expect([c.late, c.missing, c.late_units]).toEqual([1, ['24847', '24848'], ['24846']]);
  });

  it('groups lineage cells under their submission, with the sheet and cell', () => {
    const subs = readLineage({
      submissions: [
        {
          id: 20,
          unit: '24931',
          period: '2022S1',
          form: 'XA',
          version: 2,
          status: 'accepted',
          file_name: 'ro-men.xlsx',
          sheet: 'Biểu XA',
          derived: false,
        },
      ],
      cells: [
        {
          submission_id: 20,
          unit: '24931',
          indicator: 'TTHC_TIEP_NHAN',
          option: null,
          value: 865,
          file: 'ro-men.xlsx',
          sheet: 'Biểu XA',
          cell: 'E18',
          line: null,
        },
      ],
    });
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({ id: '20', version: 2, fileName: 'ro-men.xlsx' });
    expect(subs[0]!.cells).toEqual([{ unit: '24931', indicator: 'TTHC_TIEP_NHAN', option: null, value: '865', where: 'Biểu XA!E18' }]);
  });
});

describe('unit versions on the page (spec §2: codes are reused)', () => {
  // The API's own tree builder over real versions, so the page reads what the API sends.
  it('names a reused code as the version in force in the selected period', async () => {
    const { unitTree } = await import('@tonghop/api');
    const v = (
      code: string,
      name: string,
      type: 'tinh' | 'huyen' | 'xa',
      parentCode: string | null,
      validFrom: string | null,
      validTo: string | null,
    ) => ({
      code,
      name,
      type,
      parentCode,
      groups: [],
      validFrom,
      validTo,
    });
    const units = readUnits({
      units: unitTree([
        v('68', 'Tỉnh Lâm Đồng', 'tinh', null, null, '2025-06-30'),
        v('68', 'Tỉnh Lâm Đồng', 'tinh', null, '2025-07-01', null),
        v('674', 'Huyện Đam Rông', 'huyen', '68', null, '2025-06-30'),
        v('24853', 'Xã Đạ Tông', 'xa', '674', null, '2025-06-30'),
        v('24853', 'Xã Đam Rông 4', 'xa', '68', '2025-07-01', null),
      ]),
    });
    expect(units.map((u) => `${u.code}<${u.parent_code}`)).toEqual(['68<null', '674<68', '24853<674', '68<null', '24853<68']);
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
