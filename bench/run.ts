/**
 * `pnpm bench`: runs every benchmark script under bench/<area>/ (or only the areas named on the
 * command line: `pnpm bench csv excel`), each in its own process so that peak RSS is its own.
 * Benchmarks print their figures; they never assert on time.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const areas = readdirSync(here)
  .filter((name) => statSync(join(here, name)).isDirectory() && name !== 'out')
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

let failed = 0;
for (const area of areas) {
  const scripts = readdirSync(join(here, area))
    .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
    .sort();
  for (const script of scripts) {
    const path = join(here, area, script);
    process.stdout.write(`\n== bench ${area}/${script}\n`);
    const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', path], {
      stdio: 'inherit',
      env: { ...process.env, UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? '16', TZ: 'Asia/Ho_Chi_Minh' },
    });
    if (result.status !== 0) failed += 1;
  }
}
if (failed > 0) {
  process.stderr.write(`${failed} benchmark script(s) failed\n`);
  process.exit(1);
}
