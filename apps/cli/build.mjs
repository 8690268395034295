// Builds the CLI into one ES module bundle (apps/cli/dist/main.mjs) plus lazily loaded chunks, so
// that a call pays neither TypeScript compilation (tsx) nor the loading of packages it does not use.
// Run by `turbo build` (`node build.mjs`) and, when the sources are newer than the bundle, by
// bin/tonghop.mjs before it starts. Plain JavaScript: it must run before anything is built.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(CLI_DIR, '../..');
export const DIST = join(CLI_DIR, 'dist');
export const ENTRY = join(DIST, 'main.mjs');
const STAMP = join(DIST, 'inputs.json');
const LOCK = join(CLI_DIR, '.dist.lock');

/** Workspace sources the bundle was made from (node_modules excluded), relative to the repo. */
function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return null;
  }
}

/** True when dist/ exists and no source it was built from (nor this script) changed since. */
export function isFresh() {
  const stamp = readStamp();
  if (!stamp) return false;
  for (const file of [...stamp.inputs, relative(REPO, fileURLToPath(import.meta.url))]) {
    let mtime;
    try {
      mtime = statSync(join(REPO, file)).mtimeMs;
    } catch {
      return false;
    }
    if (mtime > stamp.builtAt) return false;
  }
  return true;
}

// Chunks are flat in dist/, so a source's own URL is its path relative to dist/: the files it
// reads beside itself (migrations, pipelines, fixtures, the page) stay where they are.
const importMetaUrl = {
  name: 'source-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const rel = relative(DIST, args.path).split('\\').join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`), loader: 'ts' };
    });
  },
};

// The ingest registry names each plugin's module by a string (`module: '@tonghop/ingest-csv/csv-long'`)
// that Node resolves at run time from the importing file; from dist/ it would not resolve (and the
// package exports TypeScript). In the bundle the same lines become `load: () => import('…')`
// (a registry line may give either), so esbuild makes each plugin a lazily loaded chunk.
const pluginRegistry = {
  name: 'ingest-plugin-registry',
  setup(build) {
    build.onLoad({ filter: /packages[\\/]ingest[\\/]src[\\/]plugins\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const contents = text.replace(/\bmodule: ('[^']+')/g, 'load: () => import($1)');
      if (/\bmodule: '/.test(contents) || contents === text) throw new Error(`${args.path}: no registry line to rewrite (build.mjs)`);
      return { contents, loader: 'ts' };
    });
  },
};

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** One builder at a time (tests start many CLI processes at once): a lock directory. */
function withLock(fn) {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock older than a minute is left by a killed build.
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs > 60_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() - started > 120_000) throw new Error(`tonghop: ${LOCK} is held for over 2 minutes`);
      sleep(50);
    }
  }
  return fn().finally(() => rmSync(LOCK, { recursive: true, force: true }));
}

/** Builds dist/ unless it is fresh (another process may just have built it). */
export function build({ force = false } = {}) {
  return withLock(async () => {
    if (!force && isFresh()) return;
    const builtAt = Date.now();
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      absWorkingDir: REPO,
      entryPoints: { main: join(CLI_DIR, 'src/main.ts') },
      outdir: DIST,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      chunkNames: 'chunk-[hash]',
      // Loaded from node_modules at run time: the native DuckDB binding, and exceljs (CommonJS,
      // large, only for workbooks; Node warns about its Buffer() calls when they are not there).
      external: ['@duckdb/*', 'exceljs'],
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
      plugins: [pluginRegistry, importMetaUrl],
      metafile: true,
      write: false,
      logLevel: 'warning',
    });
    mkdirSync(DIST, { recursive: true });
    // Each file is written beside itself and renamed: a process running the old bundle never
    // reads half a file, and chunk names are content hashes, so its lazy chunks stay in place.
    for (const file of result.outputFiles) {
      const tmp = `${file.path}.${process.pid}.tmp`;
      writeFileSync(tmp, file.contents);
      renameSync(tmp, file.path);
    }
    // Chunks of older builds: kept for an hour (a process started before may still load them).
    const made = new Set(result.outputFiles.map((f) => f.path));
    for (const name of readdirSync(DIST)) {
      const path = join(DIST, name);
      if (name.startsWith('chunk-') && !made.has(path) && statSync(path).mtimeMs < builtAt - 3_600_000) rmSync(path, { force: true });
    }
    const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes('node_modules'));
    writeFileSync(`${STAMP}.${process.pid}.tmp`, JSON.stringify({ builtAt, inputs }));
    renameSync(`${STAMP}.${process.pid}.tmp`, STAMP);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await build({ force: true });
}
