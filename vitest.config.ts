import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Every test runs in the province's time zone; the clock itself is injected where it matters.
process.env.TZ = 'Asia/Ho_Chi_Minh';

/**
 * One project per workspace package, named like its folder: `pnpm vitest run --project core`
 * (or `--project warehouse --project figures`). Each keeps its tests in `src/**` and `test/**`.
 */
const projects = ['packages', 'apps'].flatMap((root) =>
  readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${root}/${d.name}/package.json`))
    .map((d) => ({
      extends: true as const,
      test: { name: d.name, include: [`${root}/${d.name}/src/**/*.test.ts`, `${root}/${d.name}/test/**/*.test.ts`] },
    })),
);

export default defineConfig({
  test: {
    projects,
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
