import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runPipeline } from './run-pipeline';
import type { RunContext, RunOptions, RunResult } from './types';

/** Runs every pipeline under `root` (each folder with a `models/` folder), in name order. */
export async function runAllPipelines(ctx: RunContext, opts: { root: string } & Omit<RunOptions, 'dir'>): Promise<RunResult[]> {
  const entries = await readdir(opts.root, { withFileTypes: true });
  const results: RunResult[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(opts.root, entry.name);
    const inner = await readdir(dir);
    if (!inner.includes('models')) continue;
    results.push(await runPipeline(ctx, { ...opts, dir }));
  }
  return results;
}
