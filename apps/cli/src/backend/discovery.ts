import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * The discovery file `tonghop serve` writes beside its database (`<db>.server.json`, mode 0600:
 * only the OS user who runs the server can read it) and removes when it stops. A CLI call on the
 * same database finds the server there and goes through its API with the token it holds
 * (DuckDB lets only one process open the file).
 */
export interface ServerFile {
  pid: number;
  url: string;
  token: string;
  db: string;
  started_at: string;
}

export function serverFilePath(db: string): string {
  return `${db}.server.json`;
}

export function newLocalToken(): string {
  return randomBytes(32).toString('base64url');
}

export function writeServerFile(db: string, info: ServerFile): void {
  const path = serverFilePath(db);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, path);
}

/** Removes the file if it is still this process's (a newer server may have replaced it). */
export function removeServerFile(db: string, pid = process.pid): void {
  const info = readServerFile(db);
  if (info?.pid === pid) rmSync(serverFilePath(db), { force: true });
}

/** The file's content, or null when it is absent, unreadable (another user's) or malformed. */
export function readServerFile(db: string): ServerFile | null {
  let text: string;
  try {
    text = readFileSync(serverFilePath(db), 'utf8');
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EPERM') return null;
    throw error;
  }
  try {
    const info = JSON.parse(text) as Partial<ServerFile>;
    if (typeof info.pid !== 'number' || typeof info.url !== 'string' || typeof info.token !== 'string') return null;
    return info as ServerFile;
  } catch {
    // A file being written by another process: treated as absent; the caller retries.
    return null;
  }
}

/** Whether a process with this id is alive (signal 0 checks without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
