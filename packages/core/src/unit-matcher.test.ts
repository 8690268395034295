import { describe, expect, it } from 'vitest';
import { parsePeriod } from './periods';
import type { Period, Unit, UnitType } from './types';
import { createUnitMatcher } from './unit-matcher';

const unit = (
  code: string,
  name: string,
  type: UnitType,
  parentCode: string | null,
  validTo: string | null = null,
  validFrom: string | null = null,
): Unit => ({
  code,
  name,
  type,
  parentCode,
  groups: [],
  validFrom,
  validTo,
});
const period = (code: string): Period => {
  const p = parsePeriod(code);
  if (!p) throw new Error(code);
  return p;
};

const communes = ['Đạ Long', "Đạ M'Rông", 'Đạ Rsal', 'Đạ Tông', "Đạ K'Nàng", "Liêng S'rônh", 'Phi Liêng', 'Rô Men'];
const units: Unit[] = [
  unit('LD', 'Tỉnh Lâm Đồng', 'tinh', null),
  unit('LD.DR', 'Huyện Đam Rông', 'huyen', 'LD', '2025-06-30'),
  ...communes.map((name, i) => unit(`LD.DR.X${i + 1}`, `Xã ${name}`, 'xa', 'LD.DR')),
  unit('LD.DR.MT', 'Ủy ban MTTQ huyện Đam Rông', 'mat_tran', 'LD.DR', '2025-06-30'),
  unit('LD.DR.CQ1', 'Phòng Nội vụ', 'co_quan', 'LD.DR', '2025-06-30'),
  unit('LD.DL.CQ1', 'Phòng Nội vụ', 'co_quan', 'LD.DL', '2025-06-30'),
  unit('LD.XN', 'Xã Đạ Long mới', 'xa', 'LD', null, '2025-07-01'),
];
const matcher = createUnitMatcher(units);
const code = (text: string, opts?: Parameters<typeof matcher.match>[1]) => {
  const m = matcher.match(text, opts);
  return m.ok ? m.unit.code : m.code;
};

describe('createUnitMatcher', () => {
  it('matches by exact code first, then code in any case', () => {
    expect(code('LD.DR.X2')).toBe('LD.DR.X2');
    expect(code('ld.dr.x2')).toBe('LD.DR.X2');
  });

  it.each<[string, string]>([
    ['Xã Đạ Long', 'LD.DR.X1'],
    ['Đạ Long', 'LD.DR.X1'],
    ['Xã Đạ M’Rông', 'LD.DR.X2'],
    ["xa da m'rong", 'LD.DR.X2'],
    ['Đạ Rsal', 'LD.DR.X3'],
    ['ĐẠ TÔNG', 'LD.DR.X4'],
    ['Đạ K‘Nàng', 'LD.DR.X5'],
    ["UBND xã Liêng S'Rônh", 'LD.DR.X6'],
    ['Ủy ban nhân dân xã Phi Liêng', 'LD.DR.X7'],
    ['  Rô  Men ', 'LD.DR.X8'],
    ['Huyện Đam Rông', 'LD.DR'],
    ['UBND huyện Đam Rông', 'LD.DR'],
    ['Lâm Đồng', 'LD'],
  ])('%j → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
    expect(code(text.normalize('NFD'))).toBe(expected);
  });

  it('a name of two units is UNIT_AMBIGUOUS naming both', () => {
    const m = matcher.match('Phòng Nội vụ');
    expect(m).toMatchObject({ ok: false, code: 'UNIT_AMBIGUOUS' });
    if (!m.ok) expect(m.candidates.map((u) => u.code)).toEqual(['LD.DR.CQ1', 'LD.DL.CQ1']);
  });

  it('restricts to types', () => {
    expect(code('Đam Rông', { types: ['huyen'] })).toBe('LD.DR');
    expect(code('Đạ Long', { types: ['co_quan'] })).toBe('UNIT_NOT_FOUND');
  });

  it('restricts to units active in the period and reports the inactive ones', () => {
    expect(code('Huyện Đam Rông', { at: period('2022S1') })).toBe('LD.DR');
    const m = matcher.match('Huyện Đam Rông', { at: period('2025S2') });
    expect(m).toMatchObject({ ok: false, code: 'UNIT_NOT_FOUND' });
    if (!m.ok) expect(m.candidates.map((u) => u.code)).toEqual(['LD.DR']);
    expect(code('Xã Đạ Long mới', { at: period('2022') })).toBe('UNIT_NOT_FOUND');
    expect(code('Xã Đạ Long mới', { at: period('2025') })).toBe('LD.XN');
  });

  it('an unknown name is UNIT_NOT_FOUND without candidates', () => {
    expect(matcher.match('Xã Không Có')).toEqual({ ok: false, code: 'UNIT_NOT_FOUND', candidates: [] });
    expect(matcher.match('   ')).toEqual({ ok: false, code: 'UNIT_NOT_FOUND', candidates: [] });
  });

  it('a prefix decides between a commune and a district of the same name', () => {
    const twins = createUnitMatcher([unit('H', 'Huyện Lạc Dương', 'huyen', null), unit('X', 'Xã Lạc Dương', 'xa', 'H')]);
    expect(twins.match('UBND xã Lạc Dương')).toMatchObject({ ok: true, unit: { code: 'X' } });
    expect(twins.match('huyen Lac Duong')).toMatchObject({ ok: true, unit: { code: 'H' } });
    expect(twins.match('Lạc Dương')).toMatchObject({ ok: false, code: 'UNIT_AMBIGUOUS' });
  });
});

describe('createUnitMatcher over unit versions', () => {
  const versioned = createUnitMatcher([
    unit('68', 'Tỉnh Lâm Đồng', 'tinh', null, '2025-06-30'),
    unit('68', 'Tỉnh Lâm Đồng', 'tinh', null, null, '2025-07-01'),
    unit('24853', 'Xã Đạ Tông', 'xa', '674', '2025-06-30'),
    unit('24853', 'Xã Đam Rông 4', 'xa', '68', null, '2025-07-01'),
  ]);
  const name = (text: string, opts?: Parameters<typeof versioned.match>[1]) => {
    const m = versioned.match(text, opts);
    return m.ok ? m.unit.name : m.code;
  };

  it('a code takes the version in force in the period', () => {
    expect(name('24853', { at: period('2022S1') })).toBe('Xã Đạ Tông');
    expect(name('24853', { at: period('2026S1') })).toBe('Xã Đam Rông 4');
    expect(name('24853', { at: period('2025') })).toBe('Xã Đam Rông 4');
    expect(name('24853')).toBe('Xã Đam Rông 4');
  });

  it('a name matches only the version that carries it', () => {
    expect(name('Đạ Tông', { at: period('2022S1') })).toBe('Xã Đạ Tông');
    expect(name('Đạ Tông', { at: period('2026S1') })).toBe('UNIT_NOT_FOUND');
    expect(versioned.match('Đạ Tông', { at: period('2026S1') })).toMatchObject({ candidates: [{ validTo: '2025-06-30' }] });
    expect(name('Đam Rông 4', { at: period('2022S1') })).toBe('UNIT_NOT_FOUND');
  });

  it('two versions with the same name are one unit, not an ambiguity', () => {
    expect(name('Tỉnh Lâm Đồng')).toBe('Tỉnh Lâm Đồng');
    expect(versioned.match('Lâm Đồng', { at: period('2022S1') })).toMatchObject({ ok: true, unit: { validTo: '2025-06-30' } });
  });
});
