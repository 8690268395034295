import { defineCommand } from 'citty';
import { openRealDeps, serve, type RunningServer } from '@tonghop/api';
import { sweepBlobs } from '@tonghop/warehouse';
import { dbPath } from '../context';
import { UsageError } from '../errors';
import { globalArgs, type GlobalArgs } from '../global-args';

export interface StartOptions extends GlobalArgs {
  port?: string | number | undefined;
  host?: string | undefined;
  publicRead?: boolean | undefined;
}

/**
 * Opens the warehouse for the life of the server and serves the API and the page.
 * Public reads (anonymous = viewer) when `--public-read` or `TONGHOP_PUBLIC_READ=1`.
 * Resolves when the server listens; SIGINT/SIGTERM close it and the warehouse.
 */
export async function startServer(args: StartOptions): Promise<RunningServer> {
  const port = args.port === undefined || args.port === '' ? Number(process.env.PORT ?? 8787) : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`Cổng "${String(args.port)}" không hợp lệ (0–65535).`);
  const publicRead = args.publicRead === true || process.env.TONGHOP_PUBLIC_READ === '1';
  const real = await openRealDeps({ db: dbPath(args), publicRead });
  // Before listening, no write can run: originals left by a killed server go (see sweepBlobs).
  const swept = await sweepBlobs(real.warehouse, real.warehouse.blobs);
  if (swept.orphans + swept.temps > 0) real.deps.logger.info('removed unreferenced original files', { ...swept });
  const server = await serve({ deps: real.deps, port, ...(args.host ? { hostname: args.host } : {}) });
  const stop = async () => {
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
    port: { type: 'string', description: 'Cổng (mặc định 8787)', valueHint: 'PORT' },
    host: { type: 'string', description: 'Địa chỉ lắng nghe (mặc định 127.0.0.1)', valueHint: 'HOST' },
    'public-read': { type: 'boolean', description: 'Cho phép xem số liệu không cần token (như TONGHOP_PUBLIC_READ=1)' },
  },
  async run({ args }) {
    const server = await startServer({ ...args, publicRead: args['public-read'] });
    if (args.json) process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port })}\n`);
    await new Promise<void>((resolve) => server.server.once('close', () => resolve()));
  },
});
