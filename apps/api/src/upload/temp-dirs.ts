import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Every upload folder is `<tmp>/tonghop-upload-<pid>-<random>`: the pid tells a sweep whose it is. */
export const UPLOAD_PREFIX = 'tonghop-upload-';

const mine = new Set<string>();
let exitHook = false;

/**
 * A fresh upload folder of this process, removed when the request ends (the caller's cleanup),
 * when the process exits normally or on a signal the CLI handles, and otherwise by the next
 * start's sweep (a SIGKILL cannot be caught).
 */
export function makeUploadDir(root = tmpdir()): string {
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(root, `${UPLOAD_PREFIX}${process.pid}-`));
  mine.add(dir);
  if (!exitHook) {
    exitHook = true;
    process.once('exit', removeOwnUploadDirs);
  }
  return dir;
}

/** Forget a folder the request removed itself. */
export function releaseUploadDir(dir: string): void {
  mine.delete(dir);
}

/** Synchronous (it runs in the `exit` handler): removes every upload folder this process still has. */
export function removeOwnUploadDirs(): void {
  for (const dir of mine) rmSync(dir, { recursive: true, force: true });
  mine.clear();
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function modifiedAt(path: string, now: number): number {
  try {
    return statSync(path).mtimeMs;
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return now; // removed meanwhile: nothing to do
    throw error;
  }
}

/**
 * At start-up: removes the upload folders left by killed processes — those whose pid no longer
 * runs, and folders of the old unnamed form (`tonghop-upload-XXXXXX`) older than `staleMs`.
 * Returns the folders removed.
 */
export function sweepUploadDirs(opts: { root?: string; staleMs?: number; now?: number } = {}): string[] {
  const root = opts.root ?? tmpdir();
  const staleMs = opts.staleMs ?? 60 * 60_000;
  const now = opts.now ?? Date.now();
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(root);
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return removed;
    throw error;
  }
  for (const name of names) {
    if (!name.startsWith(UPLOAD_PREFIX)) continue;
    const path = join(root, name);
    const pid = /^tonghop-upload-(\d+)-/.exec(name)?.[1];
    const stale = pid !== undefined ? !alive(Number(pid)) : now - modifiedAt(path, now) > staleMs;
    if (!stale) continue;
    rmSync(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}
