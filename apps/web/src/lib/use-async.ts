import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../errors';
import { useApp } from './app-context';

export type Async<T> = { loading: true; data?: undefined; error?: undefined } | { loading: false; data: T; error?: undefined } | { loading: false; data?: undefined; error: unknown };

/** Runs `load` when `deps` change; a 401 sends the user to the sign-in form. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): Async<T> {
  const { signOut } = useApp();
  const [state, setState] = useState<Async<T>>({ loading: true });
  useEffect(() => {
    let live = true;
    setState({ loading: true });
    load().then(
      (data) => live && setState({ loading: false, data }),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.unauthorized) signOut(error.message);
        setState({ loading: false, error });
      },
    );
    return () => {
      live = false;
    };
  }, deps);
  return state;
}
