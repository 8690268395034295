export { createApp, type App } from './app';
export { serve, type RunningServer, type ServeOptions } from './server';
export { openRealDeps, WEB_DIST, type RealDepsOptions } from './wire';
export { addUser, findUserByToken, type CreatedUser, type NewUser } from './auth/users';
export { ROLES, isRole, can, type Role, type Permission, type Principal } from './auth/roles';
export { hashToken, newToken } from './auth/tokens';
export { DEFAULT_LIMITS, silentLogger, stderrLogger, type AppDeps, type Limits, type Logger, type WarehouseLike } from './deps';
export { API_ERRORS, ApiError, AuthError, type ApiErrorCode } from './errors';
export { unitTree } from './routes/reference';
