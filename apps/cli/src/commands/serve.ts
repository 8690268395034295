import { defineCommand } from 'citty';
import type { RunningServer } from '@tonghop/api';
import { TonghopError } from '@tonghop/core';
import { newLocalToken, removeServerFile, writeServerFile } from '../backend/discovery';
import { liveServer, openDatabase } from '../backend/open';
import { dbPath } from '../context';
import { UsageError } from '../errors';
import { globalArgs, type GlobalArgs } from '../global-args';

export interface StartOptions extends GlobalArgs {
  port?: string | number | undefined;
  host?: string | undefined;
  publicRead?: boolean | undefined;
}

function listenError(error: unknown, port: number): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return new TonghopError(
      'SERVE_PORT_IN_USE',
      `Cổng ${port} đang được một chương trình khác dùng. Hãy chọn cổng khác: --port 8788 (hoặc PORT=8788).`,
      {
        cause: error,
      },
    );
  if (code === 'EACCES')
    return new TonghopError('SERVE_PORT_DENIED', `Không được phép mở cổng ${port}; hãy chọn cổng trên 1024 (--port 8788).`, {
      cause: error,
    });
  return error;
}

/**
 * Opens the warehouse for the life of the server and serves the API and the page.
 * Public reads (anonymous = viewer) when `--public-read` or `TONGHOP_PUBLIC_READ=1`.
 * Writes the discovery file beside the database (its URL and a local admin token, readable only
 * by this OS user), so that CLI calls on the same database go through this server; removes it
 * when the server stops. Resolves when the server listens; SIGINT/SIGTERM close it.
 */
export async function startServer(args: StartOptions): Promise<RunningServer> {
  const port = args.port === undefined || args.port === '' ? Number(process.env.PORT ?? 8787) : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Cổng "${String(args.port)}" không hợp lệ (0–65535).`);
  const publicRead = args.publicRead === true || process.env.TONGHOP_PUBLIC_READ === '1';
  const db = dbPath(args);
  const running = await liveServer(db);
  if (running) throw new TonghopError('SERVE_ALREADY_RUNNING', `Máy chủ tonghop đã chạy trên cơ sở dữ liệu này tại ${running.url}/.`);
  // Waits quietly (in Vietnamese) while another CLI call holds the file, then lets the server open it.
  const probe = await openDatabase(db, { clock: () => new Date(), onWait: (m) => process.stderr.write(`${m}\n`) });
  if (probe.kind === 'server')
    throw new TonghopError('SERVE_ALREADY_RUNNING', `Máy chủ tonghop đã chạy trên cơ sở dữ liệu này tại ${probe.api.url}/.`);
  await probe.warehouse.close();

  const { openRealDeps, serve } = await import('@tonghop/api');
  const real = await openRealDeps({ db, publicRead });
  // Before listening, no write can run: originals left by a killed server go (see sweepBlobs).
  const { sweepBlobs } = await import('@tonghop/warehouse');
  const swept = await sweepBlobs(real.warehouse, real.warehouse.blobs);
  if (swept.orphans + swept.temps > 0) real.deps.logger.info('removed unreferenced original files', { ...swept });
  const localToken = newLocalToken();
  let server: RunningServer;
  try {
    server = await serve({ deps: { ...real.deps, localToken }, port, ...(args.host ? { hostname: args.host } : {}) });
  } catch (error: unknown) {
    await real.close();
    throw listenError(error, port);
  }
  writeServerFile(db, { pid: process.pid, url: server.url, token: localToken, db, started_at: new Date().toISOString() });
  const forget = () => removeServerFile(db);
  process.once('exit', forget);
  const stop = async () => {
    forget();
    await server.close();
    await real.close();
  };
  process.once('SIGINT', () => {
    void stop();
  });
  process.once('SIGTERM', () => {
    void stop();
  });
  process.stderr.write(
    `tonghop đang chạy tại ${server.url}/ (API: ${server.url}/api/openapi.json)${publicRead ? ' — cho phép xem không cần đăng nhập' : ''}. Nhấn Ctrl+C để dừng.\n`,
  );
  return server;
}

export default defineCommand({
  meta: { name: 'serve', description: 'Chạy máy chủ HTTP: API /api và trang web /' },
  args: {
    ...globalArgs,
    port: { type: 'string', description: 'Cổng (mặc định 8787, hoặc biến môi trường PORT)', valueHint: 'PORT' },
    host: { type: 'string', description: 'Địa chỉ lắng nghe (mặc định 127.0.0.1)', valueHint: 'HOST' },
    'public-read': { type: 'boolean', description: 'Cho phép xem số liệu không cần token (như TONGHOP_PUBLIC_READ=1)' },
  },
  async run({ args }) {
    const server = await startServer({ ...args, publicRead: args['public-read'] });
    if (args.json) process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port })}\n`);
    await new Promise<void>((resolve) => server.server.once('close', () => resolve()));
  },
});
