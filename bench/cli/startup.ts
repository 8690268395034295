/**
 * CLI start-up (issue 17 item 14): wall-clock time of whole `tonghop` processes, as a user runs
 * them, on the demo database. Goal: `tonghop --help` ≤ 0.3 s, `rollup` on the demo ≤ 0.6 s.
 * Runs the launcher (bin/tonghop.mjs → the bundle) and, for comparison, the sources through tsx
 * (how every call ran before). Medians of several runs; prints, asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO, 'apps/cli/bin/tonghop.mjs');
const TSX = join(REPO, 'node_modules/tsx/dist/cli.mjs');
const SRC = join(REPO, 'apps/cli/src/main.ts');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function once(args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: REPO, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function median(args: string[], runs = RUNS): { median: number; min: number } {
  once(args); // warm the file cache (and build the bundle if it is stale)
  const times = Array.from({ length: runs }, () => once(args)).sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] as number, min: times[0] as number };
}

const dir = await mkdtemp(join(tmpdir(), 'tonghop-bench-cli-'));
const db = join(dir, 'demo.duckdb');
try {
  once([BIN, 'demo', '--no-serve', '--db', db]);
  const rollup = ['rollup', '--unit', '679', '--period', '2022S1', '--db', db];
  const rows: [string, string, { median: number; min: number }][] = [
    ['--help', 'bundle', median([BIN, '--help'])],
    ['rollup --help', 'bundle', median([BIN, 'rollup', '--help'])],
    ['rollup (demo)', 'bundle', median([BIN, ...rollup])],
    ['rollup --json (demo)', 'bundle', median([BIN, ...rollup, '--json'])],
    ['completeness (demo)', 'bundle', median([BIN, 'completeness', '--unit', '679', '--period', '2022S1', '--form', 'XA', '--db', db])],
    ['node -e 0 (floor)', 'node', median(['-e', '0'])],
    ['--help', 'tsx (before)', median([TSX, SRC, '--help'], 3)],
    ['rollup (demo)', 'tsx (before)', median([TSX, SRC, ...rollup], 3)],
  ];
  process.stdout.write(`${'call'.padEnd(24)}${'how'.padEnd(14)}${'median'.padStart(10)}${'min'.padStart(10)}\n`);
  for (const [call, how, t] of rows)
    process.stdout.write(
      `${call.padEnd(24)}${how.padEnd(14)}${`${(t.median / 1000).toFixed(3)} s`.padStart(10)}${`${(t.min / 1000).toFixed(3)} s`.padStart(10)}\n`,
    );
} finally {
  await rm(dir, { recursive: true, force: true });
}
