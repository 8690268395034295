import { describe, expect, it } from 'vitest';
import { cacheFigures } from './figures-cache';
import { createRefresher } from './upload/refresher';
import { silentLogger } from './deps';

/** A figures source whose answer is the current "database" value, to see what the cache serves. */
function source() {
  const state = { value: 1, calls: 0, release: null as null | (() => void) };
  const answer = async () => {
    state.calls += 1;
    const v = state.value;
    if (state.release === null) return { unit: '679', period: '2022', figures: [], v };
    await new Promise<void>((r) => {
      state.release = r;
    });
    return { unit: '679', period: '2022', figures: [], v };
  };
  const figures = { rollup: answer, completeness: answer as never, lineage: answer as never };
  return { state, figures };
}

describe('cacheFigures', () => {
  const q = { unit: '679', period: '2022', indicators: [] };

  it('answers repeated and concurrent reads with one query until invalidated', async () => {
    const { state, figures } = source();
    const cache = cacheFigures(figures, 10);
    await Promise.all([cache.rollup(q), cache.rollup(q), cache.rollup(q)]);
    expect(state.calls).toBe(1);
    state.value = 2;
    expect(await cache.rollup(q)).toMatchObject({ v: 1 });
    await cache.invalidate();
    expect(await cache.rollup(q)).toMatchObject({ v: 2 });
    expect(state.calls).toBe(2);
  });

  it('serves the previous answer while the invalidation recomputes the hot ones, then the new one', async () => {
    const { state, figures } = source();
    const cache = cacheFigures(figures, 10);
    await cache.rollup(q);
    const cold = { ...q, unit: '68' };
    await cache.rollup(cold);
    await cache.invalidate(); // both were read: both recomputed
    expect(state.calls).toBe(4);
    await cache.rollup(q); // only q is read from here on
    state.value = 2;
    state.release = () => undefined; // the recomputation waits
    const swapped = cache.invalidate();
    await new Promise((r) => setTimeout(r, 0));
    expect(await cache.rollup(q)).toMatchObject({ v: 1 }); // at once, no new query
    expect(state.calls).toBe(5);
    const release = state.release;
    state.release = null;
    release?.();
    await swapped;
    expect(await cache.rollup(q)).toMatchObject({ v: 2 });
    expect(await cache.rollup(cold)).toMatchObject({ v: 2 }); // not recomputed: dropped, read anew
    expect(state.calls).toBe(6);
  });

  it('does not keep an answer whose read began before an invalidation', async () => {
    const { state, figures } = source();
    const cache = cacheFigures(figures, 10);
    state.release = () => undefined; // make the next read wait
    const slow = cache.rollup(q);
    await new Promise((r) => setTimeout(r, 0));
    const release = state.release;
    state.release = null;
    state.value = 3; // the run commits, then invalidates
    const swapped = cache.invalidate();
    release?.();
    expect(await slow).toMatchObject({ v: 1 });
    await swapped;
    expect(await cache.rollup(q)).toMatchObject({ v: 3 });
  });
});

describe('createRefresher', () => {
  it('runs at most one refresh at a time and one more for everyone who asked meanwhile', async () => {
    let runs = 0;
    let running = 0;
    let maxRunning = 0;
    const refresher = createRefresher(async () => {
      runs += 1;
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 20));
      running -= 1;
    }, silentLogger);
    await Promise.all(Array.from({ length: 10 }, () => refresher.refresh()));
    expect(runs).toBe(2);
    expect(maxRunning).toBe(1);
  });

  it('a failed refresh rejects its waiters and the next one still runs', async () => {
    let n = 0;
    const refresher = createRefresher(async () => {
      n += 1;
      if (n === 1) throw new Error('pipeline failed');
    }, silentLogger);
    const first = refresher.refresh();
    const second = refresher.refresh();
    await expect(first).rejects.toThrow('pipeline failed');
    await expect(second).resolves.toBeUndefined();
  });
});
