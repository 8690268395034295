import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../errors';
import { useApp } from './app-context';

export type Async<T> =
  | { loading: true; data?: undefined; error?: undefined }
  | { loading: false; data: T; error?: undefined }
  | { loading: false; data?: undefined; error: unknown };

const LOADING = { loading: true } as const;

/** An answer, remembered with the deps it was loaded for. */
interface Held<T> {
  deps: readonly unknown[];
  state: Async<T>;
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}

/**
 * Runs `load` when `deps` change; a 401 sends the user to the sign-in form.
 * An answer counts only for the deps it was loaded for: from the first render with new deps the
 * state is `loading`, so a view never shows the previous selection's data under the new one's title.
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): Async<T> {
  const { signOut } = useApp();
  const [held, setHeld] = useState<Held<T> | null>(null);
  useEffect(() => {
    let live = true;
    const loadedFor = deps;
    load().then(
      (data) => live && setHeld({ deps: loadedFor, state: { loading: false, data } }),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.unauthorized) signOut(error.message);
        setHeld({ deps: loadedFor, state: { loading: false, error } });
      },
    );
    return () => {
      live = false;
    };
  }, deps);
  return held && sameDeps(held.deps, deps) ? held.state : LOADING;
}
