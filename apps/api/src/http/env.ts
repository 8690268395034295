import type { Principal } from '../auth/roles';
import type { AppDeps } from '../deps';

/** Hono's per-request variables: the caller and the injected dependencies. */
export interface AppEnv {
  Variables: {
    user: Principal;
    deps: AppDeps;
    /** The client's address (see client.ts); null without a socket. */
    client: string | null;
    /** Drops the remembered tokens (after a revocation through the API, so it takes effect at once). */
    forgetTokens: () => void;
  };
}
