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
