import { defineConfig } from 'vite';

// The page is a static bundle: apps/api serves dist/ at `/` and the JSON under `/api`.
// During `pnpm --filter @tonghop/web dev`, /api is proxied to a running `tonghop serve`.
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
  server: { proxy: { '/api': process.env.TONGHOP_API ?? 'http://127.0.0.1:8787' } },
});
