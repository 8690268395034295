/** Roles and what each may do (spec §5). */
export const ROLES = ['admin', 'uploader', 'analyst', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export type Permission =
  | 'upload' // POST /api/submissions (uploader: only for its unit's subtree)
  | 'read:figures' // roll-ups, completeness, lineage, units, catalog, workbooks
  | 'read:submissions' // submissions, their facts and original files, pipeline runs
  | 'run:pipelines' // POST /api/pipelines/run
  | 'manage:users'; // /api/users: list, create, revoke

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ['upload', 'read:figures', 'read:submissions', 'run:pipelines', 'manage:users'],
  uploader: ['upload'],
  analyst: ['read:figures', 'read:submissions', 'run:pipelines'],
  viewer: ['read:figures'],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** Who is calling: a user from a token, or the anonymous reader when public reads are on. */
export interface Principal {
  id: string | null;
  name: string;
  role: Role;
  unitCode: string | null;
  anonymous: boolean;
}

export const ANONYMOUS_VIEWER: Principal = { id: null, name: 'anonymous', role: 'viewer', unitCode: null, anonymous: true };

/**
 * The actor string written on submissions and audit entries: `user:<name>#<id>` — the name for
 * people reading the log, the id because it is the one thing that stays unique.
 */
export function actorOf(p: Principal): string {
  if (p.anonymous) return 'anonymous';
  return p.id ? `user:${p.name}#${p.id}` : `user:${p.name}`;
}
