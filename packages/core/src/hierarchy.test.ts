import { describe, expect, it } from 'vitest';
import { buildHierarchy } from './hierarchy';
import { parsePeriod } from './periods';
import type { Period, Unit, UnitType } from './types';

const unit = (
  code: string,
  type: UnitType,
  parentCode: string | null,
  validFrom: string | null = null,
  validTo: string | null = null,
): Unit => ({
  code,
  name: code,
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

// A district abolished on 2025-07-01: its communes move under the province directly,
// and one commune is merged away at the same date.
const units: Unit[] = [
  unit('LD', 'tinh', null),
  unit('DR', 'huyen', 'LD', null, '2025-06-30'),
  unit('DR.X1', 'xa', 'DR'),
  unit('DR.X2', 'xa', 'DR', null, '2025-06-30'),
  unit('DR.CQ', 'co_quan', 'DR'),
  unit('DR.CQ.DN', 'doanh_nghiep', 'DR.CQ'),
  unit('LH', 'huyen', 'LD'),
  unit('LH.X1', 'xa', 'LH', '2025-07-01'),
];
const h = buildHierarchy(units);
const codes = (list: Unit[]) => list.map((u) => u.code);

describe('buildHierarchy', () => {
  it('children', () => {
    expect(codes(h.children('DR'))).toEqual(['DR.X1', 'DR.X2', 'DR.CQ']);
    expect(codes(h.children('DR.X1'))).toEqual([]);
    expect(codes(h.children('NOPE'))).toEqual([]);
  });

  it('descendants at any depth', () => {
    expect(codes(h.descendants('LD')).sort()).toEqual(['DR', 'DR.CQ', 'DR.CQ.DN', 'DR.X1', 'DR.X2', 'LH', 'LH.X1']);
    expect(codes(h.descendants('DR.CQ'))).toEqual(['DR.CQ.DN']);
  });

  it('descendants active in a period, walking through inactive units', () => {
    expect(codes(h.descendants('LD', period('2022S1'))).sort()).toEqual(['DR', 'DR.CQ', 'DR.CQ.DN', 'DR.X1', 'DR.X2', 'LH']);
    expect(codes(h.descendants('LD', period('2025S2'))).sort()).toEqual(['DR.CQ', 'DR.CQ.DN', 'DR.X1', 'LH', 'LH.X1']);
    expect(codes(h.descendants('LD', period('2025'))).sort()).toEqual(['DR', 'DR.CQ', 'DR.CQ.DN', 'DR.X1', 'DR.X2', 'LH', 'LH.X1']);
  });

  it('ancestors, nearest first', () => {
    expect(codes(h.ancestors('DR.CQ.DN'))).toEqual(['DR.CQ', 'DR', 'LD']);
    expect(codes(h.ancestors('LD'))).toEqual([]);
    expect(h.get('DR.X1')?.type).toBe('xa');
  });

  it('cuts cycles', () => {
    const cyclic = buildHierarchy([unit('A', 'huyen', 'B'), unit('B', 'huyen', 'A')]);
    expect(codes(cyclic.descendants('A'))).toEqual(['B']);
    expect(codes(cyclic.ancestors('A'))).toEqual(['B']);
  });
});

// Real codes of 1 July 2025: 24853 is Xã Đạ Tông under district 674 until 2025-06-30, then Xã Đam
// Rông 4 directly under province 68; 24856 (Đạ Long) is merged away; 24850 keeps its code.
describe('buildHierarchy over unit versions', () => {
  const versioned = buildHierarchy([
    unit('68', 'tinh', null, null, '2025-06-30'),
    unit('68', 'tinh', null, '2025-07-01'),
    unit('674', 'huyen', '68', null, '2025-06-30'),
    { ...unit('24853', 'xa', '674', null, '2025-06-30'), name: 'Xã Đạ Tông' },
    { ...unit('24853', 'xa', '68', '2025-07-01'), name: 'Xã Đam Rông 4' },
    unit('24856', 'xa', '674', null, '2025-06-30'),
    unit('60', 'tinh', null, null, '2025-06-30'),
    { ...unit('22000', 'xa', '60', null, '2025-06-30'), name: 'Xã cũ của Bình Thuận' },
    { ...unit('22000', 'xa', '68', '2025-07-01'), name: 'Xã mới của Lâm Đồng' },
  ]);

  it('get takes the version in force in the period, and the latest without one', () => {
    expect(versioned.get('24853', period('2022S1'))?.name).toBe('Xã Đạ Tông');
    expect(versioned.get('24853', period('2026S1'))?.name).toBe('Xã Đam Rông 4');
    expect(versioned.get('24853', period('2025'))?.name).toBe('Xã Đam Rông 4');
    expect(versioned.get('24853')?.name).toBe('Xã Đam Rông 4');
    expect(versioned.versions('24853').map((u) => u.parentCode)).toEqual(['674', '68']);
  });

  it('descendants follow the tree in force: a reused code is under its old parent before and its new one after', () => {
    expect(codes(versioned.descendants('68', period('2022S1'))).sort()).toEqual(['24853', '24856', '674']);
    expect(codes(versioned.descendants('68', period('2026S1'))).sort()).toEqual(['22000', '24853']);
    expect(codes(versioned.descendants('60', period('2022S1')))).toEqual(['22000']);
    expect(versioned.descendants('60', period('2026S1'))).toEqual([]);
    expect(versioned.descendants('68', period('2026S1')).find((u) => u.code === '22000')?.name).toBe('Xã mới của Lâm Đồng');
  });

  it('children and ancestors use the versions in force', () => {
    expect(codes(versioned.children('68', period('2022S1')))).toEqual(['674']);
    expect(codes(versioned.children('68', period('2026S1')))).toEqual(['24853', '22000']);
    expect(codes(versioned.ancestors('24853', period('2022S1')))).toEqual(['674', '68']);
    expect(codes(versioned.ancestors('24853', period('2026S1')))).toEqual(['68']);
  });
});
