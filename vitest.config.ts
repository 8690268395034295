import { defineConfig } from 'vitest/config';

// Every test runs in the province's time zone; the clock itself is injected where it matters.
process.env.TZ = 'Asia/Ho_Chi_Minh';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
