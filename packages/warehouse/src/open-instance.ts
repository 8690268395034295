import { DuckDBInstance } from '@duckdb/node-api';
import { WAREHOUSE_ERROR_CODES, WarehouseError } from './errors';
import type { Logger } from './logger';

/** Never reach for the network: a missing extension fails at once (see docs/toolchain). */
export const INSTANCE_OPTIONS = {
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
} as const;

const LOCK_MESSAGE = /could not set lock on file/i;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Create the DuckDB instance for `path`. While another process holds the file lock, retry
 * (100 ms, growing to 1 s) until `lockTimeoutMs` has passed, then throw WAREHOUSE_LOCKED.
 */
export async function createInstance(path: string, lockTimeoutMs: number, logger: Logger): Promise<DuckDBInstance> {
  const started = Date.now();
  let delay = 100;
  let warned = false;
  for (;;) {
    try {
      return await DuckDBInstance.create(path, { ...INSTANCE_OPTIONS });
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      if (!LOCK_MESSAGE.test(message)) {
        throw new WarehouseError(WAREHOUSE_ERROR_CODES.WAREHOUSE_OPEN_FAILED, `Không mở được cơ sở dữ liệu ${path}: ${message}`, {
          cause: error,
        });
      }
      const waited = Date.now() - started;
      if (waited >= lockTimeoutMs) {
        throw new WarehouseError(
          WAREHOUSE_ERROR_CODES.WAREHOUSE_LOCKED,
          `Cơ sở dữ liệu ${path} đang được một tiến trình khác sử dụng (đã chờ ${Math.round(waited / 1000)} giây). ` +
            'Hãy đợi tiến trình đó kết thúc rồi thử lại.',
          { cause: error },
        );
      }
      if (!warned) logger.warn('database file is locked by another process; waiting', { path, lockTimeoutMs });
      warned = true;
      await sleep(Math.min(delay, Math.max(0, lockTimeoutMs - waited)));
      delay = Math.min(delay * 2, 1000);
    }
  }
}
