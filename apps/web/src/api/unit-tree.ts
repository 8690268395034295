import type { Unit } from '@tonghop/core';
import type { UnitNode } from './contract';

/** GET /api/units sends a forest; the page works with core's flat `Unit` (parent by code). */
export function flattenUnits(nodes: readonly UnitNode[], parentCode: string | null = null): Unit[] {
  return nodes.flatMap((n) => [
    { code: n.code, name: n.name, type: n.type, parentCode, groups: n.groups, validFrom: n.valid_from, validTo: n.valid_to },
    ...flattenUnits(n.children, n.code),
  ]);
}
