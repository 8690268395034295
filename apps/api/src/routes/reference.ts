import { createRoute } from '@hono/zod-openapi';
import { catalog, categoryOptions, groupVersions, versionInForce, type Unit } from '@tonghop/core';
import { need } from '../http/auth';
import { errorResponses, type Api } from '../http/openapi';
import { CatalogSchema, UnitsSchema, type UnitNode } from '../schemas';

/**
 * Units as a forest: roots (no parent, or a parent that is not in the registry) with their
 * children. Each node is one version of a unit (spec §2: a code may have several); a version hangs
 * under the version of its parent in force when it starts (so 24853 "Xã Đạ Tông" is under district
 * 674 and 24853 "Xã Đam Rông 4" under the new province 68).
 */
export function unitTree(units: readonly Unit[]): UnitNode[] {
  const versions = groupVersions(units);
  const nodes = new Map<Unit, UnitNode>();
  for (const u of units) {
    nodes.set(u, {
      code: u.code,
      name: u.name,
      type: u.type,
      groups: [...u.groups],
      valid_from: u.validFrom,
      valid_to: u.validTo,
      children: [],
    });
  }
  const roots: UnitNode[] = [];
  for (const u of units) {
    const node = nodes.get(u) as UnitNode;
    const start = u.validFrom ?? '0001-01-01';
    const parentVersions = u.parentCode === null ? [] : (versions.get(u.parentCode) ?? []);
    const parent =
      versionInForce(parentVersions, { start, end: start }) ?? versionInForce(parentVersions, { start, end: u.validTo ?? '9999-12-31' });
    const parentNode = parent ? nodes.get(parent) : undefined;
    if (parentNode) parentNode.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export const unitsRoute = createRoute({
  method: 'get',
  path: '/api/units',
  tags: ['reference'],
  summary: 'The unit tree',
  middleware: [need('read:figures')] as const,
  responses: { 200: { description: 'Cây đơn vị', content: { 'application/json': { schema: UnitsSchema } } }, ...errorResponses(403) },
});

export const catalogRoute = createRoute({
  method: 'get',
  path: '/api/catalog',
  tags: ['reference'],
  summary: 'The indicator catalog and category options',
  middleware: [need('read:figures')] as const,
  responses: {
    200: { description: 'Danh mục chỉ tiêu', content: { 'application/json': { schema: CatalogSchema } } },
    ...errorResponses(403),
  },
});

export function registerReference(app: Api): void {
  app.openapi(unitsRoute, async (c) => c.json({ units: unitTree(await c.get('deps').warehouse.listUnits()) }, 200));
  app.openapi(catalogRoute, (c) =>
    c.json(
      {
        indicators: catalog.map((i) => ({
          code: i.code,
          forms: [...i.forms],
          label: i.label,
          unit_label: i.unitLabel,
          value_type: i.valueType,
          aggregation: i.aggregation,
          time_aggregation: i.timeAggregation,
          numerator: i.numerator,
          denominator: i.denominator,
          category_set: i.categorySet,
        })),
        category_options: categoryOptions.map((o) => ({ set: o.set, code: o.code, label: o.label, aliases: [...o.aliases] })),
      },
      200,
    ),
  );
}
