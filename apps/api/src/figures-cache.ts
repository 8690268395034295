import type { AppDeps } from './deps';

type Figures = NonNullable<AppDeps['figures']>;

/**
 * Figures change only when a pipeline run commits (the roll-up reads tables the run materialises),
 * so answers are memoised per query until `invalidate()`, which the app calls after every refresh,
 * pipeline run and stored upload. Identical concurrent reads share one query (in-flight promise);
 * a read that began before an invalidation is not cached (generation check). Failures are not cached.
 */
export function cacheFigures(figures: Figures, maxEntries: number): Figures & { invalidate(): void } {
  const entries = new Map<string, Promise<unknown>>();
  let generation = 0;

  function memo<Q, R>(kind: string, fn: (q: Q) => Promise<R>) {
    return (q: Q): Promise<R> => {
      if (maxEntries <= 0) return fn(q);
      const key = `${kind}:${JSON.stringify(q)}`;
      const hit = entries.get(key);
      if (hit) return hit as Promise<R>;
      const started = generation;
      const p = fn(q);
      entries.set(key, p);
      const drop = () => {
        if (entries.get(key) === p) entries.delete(key);
      };
      p.then(() => {
        if (generation !== started) drop();
      }, drop);
      if (entries.size > maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      return p;
    };
  }

  return {
    rollup: memo('rollup', (q) => figures.rollup(q)),
    completeness: memo('completeness', (q) => figures.completeness(q)),
    lineage: memo('lineage', (q) => figures.lineage(q)),
    invalidate() {
      generation += 1;
      entries.clear();
    },
  };
}
