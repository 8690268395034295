import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestSource } from './types';

/** Byte order of names, so that the order does not depend on the machine's locale. */
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Dotfiles, dot folders and Office lock files (`~$Book1.xlsx`) are never ingested. */
export function isSkipped(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

export type ExpandedPath = IngestSource | { missing: string };

/**
 * Paths in the order given; a folder becomes its files in name order, recursively
 * (a sub-folder's files come where the sub-folder's name sorts). Missing paths are reported.
 */
export async function expandPaths(paths: readonly string[]): Promise<ExpandedPath[]> {
  const out: ExpandedPath[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw error;
    });
    if (!info) out.push({ missing: path });
    else if (info.isDirectory()) await walk(path, out);
    else out.push({ path, name: path });
  }
  return out;
}

async function walk(dir: string, out: ExpandedPath[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => byName(a.name, b.name));
  for (const entry of entries) {
    if (isSkipped(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile()) out.push({ path, name: path });
  }
}
