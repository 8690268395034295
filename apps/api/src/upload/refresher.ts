import type { Logger } from '../deps';

/**
 * Coalesces figure refreshes: at most one runs, at most one more is queued; every caller that asks
 * while one is running waits for the queued one, which starts after the current one and so sees
 * every submission stored before the caller asked.
 */
export function createRefresher(run: () => Promise<unknown>, logger: Logger) {
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  function start(): Promise<void> {
    const started = Date.now();
    const p = run().then(() => {
      logger.info('figures refreshed', { ms: Date.now() - started });
    });
    running = p;
    const clear = () => {
      if (running === p) running = null;
    };
    p.then(clear, clear);
    return p;
  }

  return {
    refresh(): Promise<void> {
      if (!running) return start();
      if (!queued) {
        const next = () => {
          queued = null;
          return start();
        };
        queued = running.then(next, next);
      }
      return queued;
    },
  };
}

export type Refresher = ReturnType<typeof createRefresher>;
