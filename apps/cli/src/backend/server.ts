import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { Unit, UnitType } from '@tonghop/core';
import { TonghopError } from '@tonghop/core';
import type { Completeness, Rollup } from '@tonghop/figures';
import type { IngestResult } from '@tonghop/ingest';
import type { RunResult } from '@tonghop/pipeline-runner';
import type { ConsolaInstance } from 'consola';
import type { Output } from '../output';
import { CLIENT_CODES, type ApiClient } from './api-client';
import type { Backend } from './types';

export const NOT_ON_SERVER = 'CLI_NOT_ON_SERVER';

/** A request the running server cannot do for the CLI: said in Vietnamese, exit 1. */
export function notOnServer(what: string, url: string): TonghopError {
  return new TonghopError(
    NOT_ON_SERVER,
    `${what} không làm được khi máy chủ tonghop đang chạy trên cơ sở dữ liệu này (${url}). Hãy dừng máy chủ (Ctrl+C) rồi chạy lại lệnh.`,
  );
}

interface UnitNode {
  code: string;
  name: string;
  type: string;
  groups: string[];
  valid_from: string | null;
  valid_to: string | null;
  children: UnitNode[];
}

interface RunBody {
  id: string;
  pipeline: string;
  status: RunResult['status'];
  started_at: string;
  finished_at: string;
  ms: number;
  models: RunResult['models'];
  error: RunResult['error'] | null;
}

function flatten(nodes: readonly UnitNode[], parentCode: string | null, out: Unit[]): Unit[] {
  for (const n of nodes) {
    out.push({
      code: n.code,
      name: n.name,
      type: n.type as UnitType,
      parentCode,
      groups: n.groups,
      validFrom: n.valid_from,
      validTo: n.valid_to,
    });
    flatten(n.children, n.code, out);
  }
  return out;
}

/** A file refused before any of it was read, shaped as the ingest orchestrator shapes it. */
function refused(file: string, rule: string, message: string): IngestResult {
  return {
    file,
    status: 'rejected',
    plugin: null,
    unit: null,
    period: null,
    form: null,
    submission_id: null,
    supersedes: null,
    facts: 0,
    errors: [{ cell: null, rule, message }],
    warnings: [],
  };
}

/** The API names an uploaded file by its name only; the CLI puts the path the user gave back. */
function withPath(r: IngestResult, name: string, path: string): IngestResult {
  const fix = (m: string) => m.replaceAll(`tệp ${name}`, `tệp ${path}`);
  return {
    ...r,
    file: path,
    errors: r.errors.map((e) => ({ ...e, message: fix(e.message) })),
    warnings: r.warnings.map((w) => ({ ...w, message: fix(w.message) })),
  };
}

export interface ServerIo {
  out: Output;
  logger: ConsolaInstance;
  clock: () => Date;
  interactive: boolean;
}

/** The backend over a running `tonghop serve`, as the local admin. */
export function serverBackend(api: ApiClient, io: ServerIo): Backend {
  return {
    kind: 'server',
    where: api.url,
    ...io,
    local: null,
    api,
    async units() {
      return flatten((await api.json<{ units: UnitNode[] }>('GET', '/api/units')).units, null, []);
    },
    rollup: (q) =>
      api.json<Rollup>('GET', '/api/rollups', {
        query: { unit: q.unit, period: q.period, indicator: q.indicators ?? [], group: q.group, as_of: q.asOf, compare: q.compare },
      }),
    completeness: (q) => api.json<Completeness>('GET', '/api/completeness', { query: q }),
    async runPipelines() {
      const body = await api.json<{ runs: RunBody[] }>('POST', '/api/pipelines/run');
      const run = body.runs[0];
      if (!run) throw new TonghopError('CLI_SERVER_REFUSED', 'Máy chủ không trả về kết quả chạy pipeline.');
      return {
        runId: run.id,
        pipeline: run.pipeline,
        status: run.status,
        startedAt: new Date(run.started_at),
        finishedAt: new Date(run.finished_at),
        ms: run.ms,
        models: run.models,
        ...(run.error ? { error: run.error } : {}),
      };
    },
    async exportSummary(q, out: Writable) {
      const bytes = await api.bytes('/api/export.xlsx', { query: q });
      await new Promise<void>((resolve, reject) => {
        out.once('error', reject);
        out.end(bytes, () => resolve());
      });
      const { default: ExcelJS } = await import('exceljs');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
      return { sheets: book.worksheets.map((s) => s.name) };
    },
    template: (q) => api.bytes('/api/template.xlsx', { query: q }),
    async ingest(paths, opts) {
      if (opts.receivedAt) throw notOnServer('Tùy chọn --received-at', api.url);
      const { expandPaths } = await import('@tonghop/ingest');
      const results: IngestResult[] = [];
      for (const entry of await expandPaths(paths)) {
        let batch: IngestResult[];
        if ('missing' in entry) {
          batch = [refused(entry.missing, 'PATH_NOT_FOUND', `tệp ${entry.missing}: không tìm thấy tệp hoặc thư mục`)];
        } else {
          const form = new FormData();
          form.append('file', new Blob([await readFile(entry.path)]), entry.name);
          const name = entry.name.split(/[\\/]/).pop() ?? entry.name;
          try {
            batch = (await api.json<IngestResult[]>('POST', '/api/submissions', { form })).map((r) => withPath(r, name, entry.name));
          } catch (error: unknown) {
            // The server refused the upload as a whole (file type, size): that file is rejected, as locally.
            if (!(error instanceof TonghopError) || error.code === CLIENT_CODES.SERVER_UNREACHABLE) throw error;
            batch = [refused(entry.name, error.code, `tệp ${entry.name}: ${error.message}`)];
          }
        }
        for (const r of batch) {
          results.push(r);
          opts.onResult(r);
        }
      }
      return results;
    },
  };
}
