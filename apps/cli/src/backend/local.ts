import type { Writable } from 'node:stream';
import { parsePeriod, TonghopError } from '@tonghop/core';
import type { IngestResult } from '@tonghop/ingest';
import type { CliContext } from '../context';
import { developerLogger } from '../logger';
import { createProgress } from '../progress';
import { templateLayout } from '../template-layout';
import type { Backend } from './types';

/** The backend over a database this process opened. Heavy packages load only when used. */
export function localBackend(ctx: CliContext): Backend {
  return {
    kind: 'local',
    where: ctx.warehouse.path,
    out: ctx.out,
    logger: ctx.logger,
    clock: ctx.clock,
    interactive: ctx.interactive,
    local: ctx,
    api: null,
    units: () => ctx.warehouse.listUnits(),
    async rollup(q) {
      const { getRollup } = await import('@tonghop/figures');
      return getRollup(ctx.warehouse, {
        unit: q.unit,
        period: q.period,
        ...(q.indicators && q.indicators.length > 0 ? { indicators: q.indicators } : {}),
        ...(q.group ? { group: q.group } : {}),
        ...(q.asOf ? { asOf: q.asOf } : {}),
        ...(q.compare ? { compare: q.compare } : {}),
      });
    },
    async completeness(q) {
      const { getCompleteness } = await import('@tonghop/figures');
      return getCompleteness(ctx.warehouse, q);
    },
    async runPipelines() {
      const { runRollupPipeline } = await import('@tonghop/figures');
      return runRollupPipeline(ctx.warehouse, { clock: ctx.clock, logger: developerLogger(ctx.logger) });
    },
    async exportSummary(q, out: Writable) {
      const { writeSummaryWorkbook } = await import('@tonghop/report-export');
      return writeSummaryWorkbook(ctx.warehouse, { unit: q.unit, period: q.period, clock: ctx.clock }, out);
    },
    async template(q) {
      const period = parsePeriod(q.period);
      if (!period) throw new TonghopError('PERIOD_INVALID', `Kỳ báo cáo "${q.period}" không hợp lệ.`);
      const { unit, layout, rows } = templateLayout(await ctx.warehouse.listUnits(), q.unit, q.form, period);
      const { generateFormTemplate, generateTableTemplate } = await import('@tonghop/excel-templates');
      const info = (u: { code: string; name: string }) => ({ code: u.code, name: u.name });
      return layout === 'form'
        ? generateFormTemplate({ form: q.form, unit: info(unit), period: q.period })
        : generateTableTemplate({ form: q.form, parent: info(unit), units: rows.map(info), period: q.period });
    },
    async ingest(paths, opts) {
      const { createRegistry, defaultPlugins, ingestPaths } = await import('@tonghop/ingest');
      const progress = createProgress(ctx.interactive);
      const results: IngestResult[] = [];
      const receivedAt = opts.receivedAt;
      try {
        const stream = ingestPaths(paths, {
          warehouse: ctx.warehouse,
          plugins: createRegistry(defaultPlugins()),
          actor: ctx.actor,
          clock: receivedAt ? () => receivedAt : ctx.clock,
          onProgress: progress.onProgress,
        });
        for await (const r of stream) {
          results.push(r);
          if (!ctx.interactive) opts.onResult(r);
        }
      } finally {
        progress.stop();
      }
      if (ctx.interactive) for (const r of results) opts.onResult(r);
      return results;
    },
  };
}
