import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Unit } from '@tonghop/core';
import { createApp } from '../src/app';
import { addUser } from '../src/auth/users';
import { silentLogger, type AppDeps, type Limits } from '../src/deps';
import { openRealDeps } from '../src/wire';

export const clock = () => new Date('2026-11-22T03:00:00.000Z');

const unit = (code: string, name: string, type: Unit['type'], parentCode: string | null): Unit => ({
  code,
  name,
  type,
  parentCode,
  groups: [],
  validFrom: null,
  validTo: null,
});

/** A small province: two districts, two communes under 679, one under 680. */
export const UNITS: Unit[] = [
  unit('68', 'Tỉnh Lâm Đồng', 'tinh', null),
  unit('679', 'Huyện Đam Rông', 'huyen', '68'),
  unit('24931', 'Xã Rô Men', 'xa', '679'),
  unit('24934', "Xã Liêng S'rônh", 'xa', '679'),
  unit('680', 'Huyện Lạc Dương', 'huyen', '68'),
  unit('24850', 'Thị trấn Lạc Dương', 'xa', '680'),
];

/** A CSV long file for one commune and period. */
export function csvFor(unitCode: string, period: string, value = 5): string {
  return `unit_code,period,indicator,value\r\n${unitCode},${period},TCD_LUOT,${value}\r\n${unitCode},${period},TCD_NGUOI,${value + 1}\r\n`;
}

export interface Setup {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  tokens: Record<'admin' | 'uploader' | 'analyst' | 'viewer', string>;
  auth(role: keyof Setup['tokens']): { authorization: string };
  upload(role: keyof Setup['tokens'] | null, files: { name: string; text: string | Uint8Array }[]): Promise<Response>;
  close(): Promise<void>;
}

/** A real warehouse in a temp file, the demo-like units, one user per role (uploader: 679). */
export async function setup(opts: { limits?: Partial<Limits>; publicRead?: boolean; deps?: Partial<AppDeps> } = {}): Promise<Setup> {
  const dir = await mkdtemp(join(tmpdir(), 'tonghop-api-'));
  const real = await openRealDeps({
    db: join(dir, 'test.duckdb'),
    logger: silentLogger,
    clock,
    webDir: null,
    ...(opts.limits ? { limits: opts.limits } : {}),
    ...(opts.publicRead ? { publicRead: true } : {}),
  });
  await real.warehouse.importUnits(UNITS, 'test');
  const ctx = { actor: 'test', clock };
  const tokens = {
    admin: (await addUser(real.warehouse, { name: 'quan-tri', role: 'admin' }, ctx)).token,
    uploader: (await addUser(real.warehouse, { name: 'dam-rong', role: 'uploader', unitCode: '679' }, ctx)).token,
    analyst: (await addUser(real.warehouse, { name: 'phan-tich', role: 'analyst' }, ctx)).token,
    viewer: (await addUser(real.warehouse, { name: 'lanh-dao', role: 'viewer' }, ctx)).token,
  };
  const deps = { ...real.deps, ...opts.deps };
  const app = createApp(deps);
  const auth = (role: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[role]}` });
  return {
    app,
    deps,
    tokens,
    auth,
    upload(role, files) {
      const form = new FormData();
      for (const f of files) form.append('file', new File([typeof f.text === 'string' ? f.text : new Uint8Array(f.text)], f.name));
      return Promise.resolve(app.request('/api/submissions', { method: 'POST', body: form, headers: role ? auth(role) : {} }));
    },
    async close() {
      await real.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function json<T = any>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
