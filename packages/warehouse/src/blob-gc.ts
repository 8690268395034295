import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlobStore } from './blobs';

export interface BlobSweepOptions {
  /** Only blobs (and half-written temp files) last modified longer ago than this. Default 10 minutes. */
  minAgeMs?: number;
  now?: () => Date;
  /** Count what would go without removing anything. */
  dryRun?: boolean;
}

export interface BlobSweep {
  /** Blobs no submission or file row references. */
  orphans: number;
  /** Half-written copies under `.tmp` (a kill during `put`). */
  temps: number;
  bytes: number;
  /** Unreferenced, but younger than `minAgeMs`: left for a later sweep. */
  kept: number;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Removes the original files the database does not reference — left when a process was killed
 * between copying a file into the store and committing its submission — and half-written temp
 * copies. Uses the store's public surface only (`dir`, `path`).
 *
 * Never touches a blob that a running write may still reference: it is meant for moments when no
 * write can run — `tonghop gc` (the CLI then holds the database file, so no server is running)
 * and a server's start-up, before it listens — and, in case another process shares the folder,
 * spares whatever was modified within `minAgeMs` (a write copies its file just before its
 * transaction).
 */
export async function sweepBlobs(
  reads: { query<R>(sql: string, params?: readonly unknown[]): Promise<R[]> },
  blobs: Pick<BlobStore, 'dir' | 'path'>,
  opts: BlobSweepOptions = {},
): Promise<BlobSweep> {
  const minAge = opts.minAgeMs ?? 10 * 60_000;
  const cutoff = (opts.now?.() ?? new Date()).getTime() - minAge;
  const result: BlobSweep = { orphans: 0, temps: 0, bytes: 0, kept: 0 };
  const referenced = new Set(
    (await reads.query<{ sha: string }>('select file_sha256 as sha from submissions union select sha256 as sha from files')).map(
      (r) => r.sha,
    ),
  );
  const remove = async (path: string, kind: 'orphans' | 'temps') => {
    const info = await statOrNull(path);
    if (!info?.isFile()) return;
    if (info.mtimeMs > cutoff) {
      result.kept += 1;
      return;
    }
    if (!opts.dryRun) await unlinkIfThere(path);
    result[kind] += 1;
    result.bytes += info.size;
  };
  for (const prefix of await listOrEmpty(blobs.dir)) {
    if (prefix === '.tmp') {
      for (const name of await listOrEmpty(join(blobs.dir, prefix))) await remove(join(blobs.dir, prefix, name), 'temps');
      continue;
    }
    if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
    for (const name of await listOrEmpty(join(blobs.dir, prefix))) {
      if (!SHA256.test(name) || !name.startsWith(prefix) || referenced.has(name)) continue;
      await remove(blobs.path(name), 'orphans');
    }
  }
  return result;
}

async function listOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function unlinkIfThere(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
