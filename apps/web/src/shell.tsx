import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { getIndicator, type Unit } from '@tonghop/core';
import type { Me } from './api/contract';
import { createApi, orEmpty } from './api/endpoints';
import { clearToken, readToken, saveToken } from './api/token';
import { ApiError, messageOf } from './errors';
import { App, type AppContext, type LineageRequest } from './lib/app-context';
import { optionLabel } from './lib/option-labels';
import { indexUnits } from './lib/units';
import { Layout } from './layout';
import { SignIn } from './views/sign-in';

interface Loaded {
  me: Me;
  units: Unit[];
}

/** The API of the page's own origin, with the token of this tab. */
const api = createApi({ base: '', token: readToken });

type State =
  | { kind: 'loading' }
  | { kind: 'sign-in'; reason: string | null }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; loaded: Loaded };

/** Loads who the user is and the units (the catalog is core's); a 401 anywhere shows the sign-in form. */
export function Shell() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [lineage, setLineage] = useState<LineageRequest | null>(null);
  // Whether the API answered without a token (public reads): then the sign-in offers a way back.
  const [publicRead, setPublicRead] = useState(false);

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    Promise.all([api.me(), orEmpty(api.units(), [])]).then(
      ([me, units]) => {
        if (me.anonymous) setPublicRead(true);
        setState({ kind: 'ready', loaded: { me, units } });
      },
      (error: unknown) =>
        setState(
          error instanceof ApiError && error.unauthorized
            ? { kind: 'sign-in', reason: readToken() ? 'Mã truy cập không hợp lệ hoặc đã hết hạn.' : null }
            : { kind: 'error', message: messageOf(error) },
        ),
    );
  }, []);
  useEffect(load, [load]);

  const signOut = useCallback((reason?: string) => {
    clearToken();
    setState({ kind: 'sign-in', reason: reason ?? null });
  }, []);

  const context = useMemo<AppContext | null>(() => {
    if (state.kind !== 'ready') return null;
    const { me, units } = state.loaded;
    return {
      api,
      me,
      units: indexUnits(units),
      indicator: getIndicator,
      optionLabel,
      showLineage: setLineage,
      signOut,
    };
  }, [state, signOut]);

  if (state.kind === 'loading')
    return (
      <p class="status" role="status">
        Đang tải dữ liệu…
      </p>
    );
  if (state.kind === 'error')
    return (
      <p class="status error" role="alert">
        {state.message}
      </p>
    );
  if (state.kind === 'sign-in' || !context) {
    const reason = state.kind === 'sign-in' ? state.reason : null;
    return <SignIn reason={reason} onToken={(token) => (saveToken(token), load())} onBack={publicRead ? load : null} />;
  }
  return (
    <App.Provider value={context}>
      <Layout lineage={lineage} closeLineage={() => setLineage(null)} />
    </App.Provider>
  );
}
