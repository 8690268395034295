import type { Writable } from 'node:stream';
import type { Comparison, FormCode, Unit } from '@tonghop/core';
import type { Completeness, Rollup } from '@tonghop/figures';
import type { IngestResult } from '@tonghop/ingest';
import type { RunResult } from '@tonghop/pipeline-runner';
import type { ConsolaInstance } from 'consola';
import type { CliContext } from '../context';
import type { Output } from '../output';
import type { ApiClient } from './api-client';

/**
 * What the commands ask of tonghop, answered either by opening the database (`local`) or, when a
 * `tonghop serve` holds it, through that server's API (`server`). Both give the same objects, so
 * a command prints the same output and exits with the same status either way.
 */
export interface Backend {
  readonly kind: 'local' | 'server';
  /** The database file, or the server's URL. */
  readonly where: string;
  readonly out: Output;
  readonly logger: ConsolaInstance;
  readonly clock: () => Date;
  readonly interactive: boolean;
  /** The opened database (local only): for commands that have no API route. */
  readonly local: CliContext | null;
  /** The server's API as the local admin (server only): for commands that call a route directly. */
  readonly api: ApiClient | null;

  units(): Promise<Unit[]>;
  rollup(q: { unit: string; period: string; indicators?: string[]; group?: string; asOf?: string; compare?: Comparison }): Promise<Rollup>;
  completeness(q: { unit: string; period: string; form: FormCode }): Promise<Completeness>;
  runPipelines(): Promise<RunResult>;
  /** Writes the summary workbook to `out`; resolves with its sheet names. */
  exportSummary(q: { unit: string; period: string }, out: Writable): Promise<{ sheets: string[] }>;
  template(q: { form: FormCode; unit: string; period: string }): Promise<Uint8Array>;
  /** Ingests files and folders; `onResult` sees each submission as soon as it is stored. */
  ingest(paths: readonly string[], opts: { receivedAt: Date | null; onResult: (r: IngestResult) => void }): Promise<IngestResult[]>;
}
