import type { AddressInfo } from 'node:net';
import { serve as serveNode, type ServerType } from '@hono/node-server';
import { createApp } from './app';
import type { AppDeps } from './deps';
import { sweepUploadDirs } from './upload/temp-dirs';

export interface ServeOptions {
  deps: AppDeps;
  /** 0 = any free port (tests). Default 8787. */
  port?: number;
  /** Default 127.0.0.1; `0.0.0.0` to serve a network. */
  hostname?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  server: ServerType;
  close(): Promise<void>;
}

/** Starts the app on node's HTTP server; resolves once it listens. */
export function serve(opts: ServeOptions): Promise<RunningServer> {
  // Upload folders of servers that were killed (SIGKILL, power loss) go before the first request.
  const swept = sweepUploadDirs();
  if (swept.length > 0) opts.deps.logger.info('removed upload folders left by stopped servers', { folders: swept.length });
  const app = createApp(opts.deps);
  const hostname = opts.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serveNode(
      {
        fetch: app.fetch,
        port: opts.port ?? 8787,
        hostname,
        // Slow or stalled clients: headers within 30 s; the app's own timeouts bound the handlers.
        serverOptions: { headersTimeout: 30_000, requestTimeout: opts.deps.limits.writeTimeoutMs, keepAliveTimeout: 5_000 },
      },
      (info: AddressInfo) => {
        const host = hostname.includes(':') ? `[${hostname}]` : hostname;
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          server,
          close: () =>
            new Promise<void>((done, fail) => {
              server.close((error) => (error ? fail(error) : done()));
              if ('closeAllConnections' in server) server.closeAllConnections();
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
