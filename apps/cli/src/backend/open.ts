import type { Logger as WarehouseLogger, Warehouse } from '@tonghop/warehouse';
import { TonghopError } from '@tonghop/core';
import { createApiClient, type ApiClient } from './api-client';
import { isAlive, readServerFile } from './discovery';

/** What a CLI call gets on its database: the file itself, or the server that holds it. */
export type Opened = { kind: 'local'; warehouse: Warehouse } | { kind: 'server'; api: ApiClient };

export interface OpenOptions {
  clock: () => Date;
  /** Told once, in Vietnamese, when the file is busy and the call waits. */
  onWait: (message: string) => void;
  /** How long to wait for a busy file (another CLI call writing). */
  waitMs?: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The server named by the discovery file, if it is alive and answers with its token. */
export async function liveServer(db: string): Promise<ApiClient | null> {
  const info = readServerFile(db);
  if (!info || !isAlive(info.pid)) return null;
  try {
    const res = await fetch(new URL('/api/me', info.url), {
      headers: { authorization: `Bearer ${info.token}` },
      signal: AbortSignal.timeout(3000),
    });
    await res.body?.cancel();
    if (!res.ok) return null;
  } catch (error: unknown) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'TypeError')) return null;
    throw error;
  }
  return createApiClient(info.url, info.token);
}

// The warehouse logs in English for developers; the CLI says what matters itself.
const quiet: WarehouseLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Opens the database file, or finds the live `tonghop serve` that holds it. While the file is
 * busy without a server (another CLI call is writing, or a server is starting), waits and looks
 * again, up to `waitMs`; then refuses in Vietnamese.
 */
export async function openDatabase(path: string, opts: OpenOptions): Promise<Opened> {
  const { openWarehouse, WAREHOUSE_ERROR_CODES } = await import('@tonghop/warehouse');
  const started = Date.now();
  const waitMs = opts.waitMs ?? 10_000;
  let delay = 100;
  let told = false;
  for (;;) {
    const api = await liveServer(path);
    if (api) return { kind: 'server', api };
    try {
      return { kind: 'local', warehouse: await openWarehouse({ path, clock: opts.clock, lockTimeoutMs: 0, logger: quiet }) };
    } catch (error: unknown) {
      if (!(error instanceof TonghopError) || error.code !== WAREHOUSE_ERROR_CODES.WAREHOUSE_LOCKED) throw error;
      const waited = Date.now() - started;
      if (waited >= waitMs)
        throw new TonghopError(
          WAREHOUSE_ERROR_CODES.WAREHOUSE_LOCKED,
          `Cơ sở dữ liệu ${path} đang được một tiến trình khác sử dụng (đã chờ ${Math.round(waited / 1000)} giây). Hãy đợi tiến trình đó kết thúc rồi thử lại.`,
          { cause: error },
        );
      if (!told) opts.onWait(`Cơ sở dữ liệu ${path} đang được một tiến trình khác sử dụng; đang chờ…`);
      told = true;
      await sleep(delay);
      delay = Math.min(delay * 2, 1000);
    }
  }
}
