import type { Logger, WarehouseLike } from '../deps';

/** Distinct (client, reason) pairs kept per minute; the rest of a flood is counted under one "other" row. */
const MAX_KEYS_PER_MINUTE = 50;

export interface FailedAuthLog {
  /** One refused request (401): counted, written later as one row per client, reason and minute. */
  record(client: string | null, reason: string): void;
  /** Writes what was counted for minutes that have ended (all of it with `all`). */
  flush(all?: boolean): Promise<void>;
  stop(): void;
}

/**
 * 401s go to the audit log aggregated: one `auth.failed` row per client, reason and minute with
 * the count, at most MAX_KEYS_PER_MINUTE rows a minute (+1 "other"), so a flood of bad tokens
 * cannot grow the log without bound. Written when a minute has ended (checked on each record
 * and by an unref'd timer); a kill loses at most the current minute's counts.
 */
export function createFailedAuthLog(warehouse: WarehouseLike, clock: () => Date, logger: Logger): FailedAuthLog {
  const minutes = new Map<number, Map<string, { client: string | null; reason: string; count: number }>>();
  let writing: Promise<void> = Promise.resolve();

  const flush = (all = false): Promise<void> => {
    const current = Math.floor(clock().getTime() / 60_000);
    const done = [...minutes.keys()].filter((m) => all || m < current);
    if (done.length === 0) return writing;
    const rows = done.flatMap((m) => [...(minutes.get(m)?.values() ?? [])].map((r) => ({ minute: m, ...r })));
    for (const m of done) minutes.delete(m);
    writing = writing
      .then(async () => {
        for (const r of rows) {
          await warehouse.audit({
            actor: 'anonymous',
            action: 'auth.failed',
            target: r.reason,
            detail: { count: r.count, minute: new Date(r.minute * 60_000).toISOString() },
            client: r.client,
          });
        }
      })
      .catch((error: unknown) => logger.error('writing failed-auth counts failed', { error: String(error) }));
    return writing;
  };

  const timer = setInterval(() => void flush(), 60_000);
  timer.unref();

  return {
    record(client, reason) {
      const minute = Math.floor(clock().getTime() / 60_000);
      let counts = minutes.get(minute);
      if (!counts) {
        counts = new Map();
        minutes.set(minute, counts);
        void flush();
      }
      let key = `${client ?? ''}\u0000${reason}`;
      if (!counts.has(key) && counts.size >= MAX_KEYS_PER_MINUTE) key = '\u0000other';
      const entry = counts.get(key) ?? {
        client: key === '\u0000other' ? 'other' : client,
        reason: key === '\u0000other' ? 'other' : reason,
        count: 0,
      };
      entry.count += 1;
      counts.set(key, entry);
    },
    flush,
    stop: () => clearInterval(timer),
  };
}
