import { createRoute } from '@hono/zod-openapi';
import { comparePeriodCodes, periodFromCode, periodTitle, type FormCode } from '@tonghop/core';
import { need } from '../http/auth';
import { errorResponses, type Api } from '../http/openapi';
import { PeriodsSchema, type PeriodsBody } from '../schemas';

export const periodsRoute = createRoute({
  method: 'get',
  path: '/api/periods',
  tags: ['reference'],
  summary: 'Periods that have a valid current submission, with their words, bounds and coverage',
  middleware: [need('read:figures')] as const,
  responses: {
    200: { description: 'Các kỳ có báo cáo', content: { 'application/json': { schema: PeriodsSchema } } },
    ...errorResponses(403),
  },
});

interface Row {
  period: string;
  form: FormCode;
  units: number;
}

/**
 * One row per (period, form) of the current valid submissions, counted in SQL; words, kind and
 * bounds from core's vocabulary; ordered by core's `comparePeriodCodes`. A period code the
 * vocabulary cannot read (never stored: the ingest refuses it) is left out.
 */
export function periodList(rows: readonly Row[], all: ReadonlyMap<string, number>): PeriodsBody['periods'] {
  const byPeriod = new Map<string, Row[]>();
  for (const row of rows) byPeriod.set(row.period, [...(byPeriod.get(row.period) ?? []), row]);
  return [...byPeriod.keys()].sort(comparePeriodCodes).flatMap((code) => {
    const period = periodFromCode(code);
    if (!period) return [];
    const forms = (byPeriod.get(code) ?? []).map((r) => ({ form: r.form, units: Number(r.units) }));
    return [
      {
        period: code,
        kind: period.kind,
        label: periodTitle(code),
        start: period.start,
        end: period.end,
        units: all.get(code) ?? 0,
        forms: forms.sort((a, b) => a.form.localeCompare(b.form)),
      },
    ];
  });
}

export function registerPeriods(app: Api): void {
  app.openapi(periodsRoute, async (c) => {
    const { warehouse } = c.get('deps');
    const [rows, totals] = await Promise.all([
      warehouse.query<Row>(
        'select period, form, count(distinct unit_code)::integer as units from current_submissions group by period, form',
      ),
      warehouse.query<{ period: string; units: number }>(
        'select period, count(distinct unit_code)::integer as units from current_submissions group by period',
      ),
    ]);
    const all = new Map(totals.map((t) => [t.period, Number(t.units)]));
    return c.json({ periods: periodList(rows, all) }, 200);
  });
}
