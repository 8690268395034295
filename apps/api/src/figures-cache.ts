import type { AppDeps } from './deps';

type Figures = NonNullable<AppDeps['figures']>;

/** How many of the answers read since the last refresh are recomputed before the swap. */
const WARM_ENTRIES = 32;

interface Entry {
  answer: Promise<unknown>;
  /** Computes the answer again (after a refresh). */
  compute: () => Promise<unknown>;
}

/**
 * Figures change only when a pipeline run commits (the roll-up reads tables the run materialises),
 * so answers are memoised per query until `invalidate()`, which the app awaits after every refresh
 * and pipeline run. Identical concurrent reads share one query (in-flight promise); failures are
 * not cached.
 *
 * `invalidate()` does not empty the cache: it recomputes the answers read since the previous
 * invalidation (the hot ones, at most 32) against the new state and swaps them in when all are
 * ready, dropping the rest. Until then readers get the previous answers at once (a consistent,
 * committed state), so a refresh never sends hundreds of readers to the database together; the
 * upload waits for the swap, so its uploader reads its own write. A read that began before an
 * invalidation is not kept.
 */
export function cacheFigures(figures: Figures, maxEntries: number): Figures & { invalidate(): Promise<void> } {
  const entries = new Map<string, Entry>();
  const hot = new Set<string>();
  let generation = 0;

  function store(key: string, answer: Promise<unknown>, compute: () => Promise<unknown>): void {
    const started = generation;
    entries.set(key, { answer, compute });
    const drop = () => {
      if (entries.get(key)?.answer === answer) entries.delete(key);
    };
    answer.then(() => {
      if (generation !== started) drop();
    }, drop);
    if (entries.size > maxEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
  }

  function memo<Q, R>(kind: string, fn: (q: Q) => Promise<R>) {
    return (q: Q): Promise<R> => {
      if (maxEntries <= 0) return fn(q);
      const key = `${kind}:${JSON.stringify(q)}`;
      hot.delete(key);
      hot.add(key);
      const hit = entries.get(key);
      if (hit) return hit.answer as Promise<R>;
      const compute = () => fn(q);
      const answer = compute();
      store(key, answer, compute);
      return answer;
    };
  }

  return {
    rollup: memo('rollup', (q) => figures.rollup(q)),
    completeness: memo('completeness', (q) => figures.completeness(q)),
    lineage: memo('lineage', (q) => figures.lineage(q)),
    async invalidate() {
      generation += 1;
      const mine = generation;
      const stale = new Map(entries);
      const warm = [...hot].slice(-WARM_ENTRIES).flatMap((key) => {
        const entry = stale.get(key);
        return entry === undefined ? [] : [{ key, entry, answer: entry.compute() }];
      });
      hot.clear();
      const settled = await Promise.allSettled(warm.map((w) => w.answer));
      // A newer invalidation swaps in its own answers; the keys it found stale are handled there.
      if (generation !== mine) return;
      for (const [key, entry] of stale) if (entries.get(key) === entry) entries.delete(key);
      warm.forEach((w, i) => {
        if (settled[i]?.status === 'fulfilled' && !entries.has(w.key)) store(w.key, w.answer, w.entry.compute);
      });
    },
  };
}
