import type { Principal } from '../auth/roles';
import type { AppDeps } from '../deps';

/** Hono's per-request variables: the caller and the injected dependencies. */
export interface AppEnv {
  Variables: {
    user: Principal;
    deps: AppDeps;
  };
}
