import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Unit } from '@tonghop/core';
import { openWarehouse, type NewFact, type NewSubmission, type OpenWarehouseOptions, type Warehouse } from '../src/index';

export const fixedClock = (): Date => new Date('2026-01-15T03:00:00.000Z');

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fresh temp folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tonghop-wh-test-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Open a warehouse that is closed after the test (closing twice is harmless). */
export async function open(opts: Partial<OpenWarehouseOptions> = {}): Promise<Warehouse> {
  const blobDir = opts.blobDir ?? join(await tempDir(), 'blobs');
  const wh = await openWarehouse({ path: ':memory:', clock: fixedClock, ...opts, blobDir });
  cleanups.push(() => wh.close());
  return wh;
}

export function unit(code: string, parentCode: string | null, extra: Partial<Unit> = {}): Unit {
  return { code, name: `Đơn vị ${code}`, type: 'xa', parentCode, groups: [], validFrom: null, validTo: null, ...extra };
}

export function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function facts(n: number, file = 'bao-cao.csv'): NewFact[] {
  return Array.from({ length: n }, (_, i) => ({ indicator: `XA_${i % 7}`, num: i, source: { file, line: i + 2 } }));
}

export function submission(over: Partial<NewSubmission> = {}): NewSubmission {
  const name = over.file?.name ?? 'bao-cao.csv';
  return {
    unitCode: 'X01',
    period: '2022',
    form: 'XA',
    status: 'accepted',
    plugin: 'csv-long',
    file: { sha256: sha(name), size: 100, name },
    uploadedBy: 'tester',
    facts: facts(3, name),
    validation: [],
    ...over,
  };
}
