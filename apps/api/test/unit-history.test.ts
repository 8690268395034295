import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLamDong } from '@tonghop/figures/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { addUser } from '../src/auth/users';
import { silentLogger } from '../src/deps';
import { openRealDeps } from '../src/wire';
import { clock, json } from './helpers';

let dir: string;
let real: Awaited<ReturnType<typeof openRealDeps>>;
let app: ReturnType<typeof createApp>;
let auth: { authorization: string };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tonghop-api-history-'));
  real = await openRealDeps({ db: join(dir, 'test.duckdb'), logger: silentLogger, clock, webDir: null });
  await loadLamDong(real.warehouse);
  const viewer = await addUser(real.warehouse, { name: 'lanh-dao', role: 'viewer' }, { actor: 'test', clock });
  auth = { authorization: `Bearer ${viewer.token}` };
  app = createApp(real.deps);
});
afterAll(async () => {
  await real.close();
  await rm(dir, { recursive: true, force: true });
});

describe('GET /api/units/:code/history (spec §6)', () => {
  it('24853: Xã Đạ Tông until 2025-06-30, then Xã Đam Rông 4 formed from three whole communes', async () => {
    const res = await app.request('/api/units/24853/history', { headers: auth });
    expect(res.status).toBe(200);
    expect(await json(res)).toEqual({
      code: '24853',
      versions: [
        { name: 'Xã Đạ Tông', type: 'xa', parent_code: '674', valid_from: null, valid_to: '2025-06-30' },
        { name: 'Xã Đam Rông 4', type: 'xa', parent_code: '68', valid_from: '2025-07-01', valid_to: null },
      ],
      predecessors: [
        { code: '24850', name: 'Xã Đưng KNớ', link: 'full', effective: '2025-07-01' },
        { code: '24853', name: 'Xã Đạ Tông', link: 'full', effective: '2025-07-01' },
        { code: '24856', name: 'Xã Đạ Long', link: 'full', effective: '2025-07-01' },
      ],
      successors: [{ code: '24853', name: 'Xã Đam Rông 4', link: 'full', effective: '2025-07-01' }],
    });
  });

  it('an old commune split between two new ones has two partial successors; a province its merged ones', async () => {
    const split = await json<{ successors: { link: string }[] }>(await app.request('/api/units/22978/history', { headers: auth }));
    expect(split.successors.map((s) => s.link)).toEqual(['partial', 'partial']);
    const province = await json<{ predecessors: { code: string; name: string }[] }>(
      await app.request('/api/units/68/history', { headers: auth }),
    );
    expect(province.predecessors.map((p) => `${p.code} ${p.name}`)).toEqual(['60 Tỉnh Bình Thuận', '67 Tỉnh Đắk Nông', '68 Tỉnh Lâm Đồng']);
  });

  it('an unknown code is 404 with a Vietnamese message', async () => {
    const res = await app.request('/api/units/99999/history', { headers: auth });
    expect(res.status).toBe(404);
    expect(await json(res)).toEqual({ code: 'UNIT_NOT_FOUND', message: 'Không tìm thấy đơn vị có mã "99999".' });
  });
});

describe('GET /api/rollups with as_of and compare (spec §6)', () => {
  it('restates 2025S1 onto today’s commune and compares 2026S1 with it; a bad as_of is 422', async () => {
    const { submit } = await import('@tonghop/figures/testing');
    const { runRollupPipeline } = await import('@tonghop/figures');
    for (const [unit, luot] of [
      ['24853', 10],
      ['24856', 20],
      ['24850', 30],
    ] as const) {
      await submit(real.warehouse, { unit, period: '2025S1', form: 'XA', values: { TCD_LUOT: luot } });
    }
    await submit(real.warehouse, { unit: '24853', period: '2026S1', form: 'XA', values: { TCD_LUOT: 75 } });
    await runRollupPipeline(real.warehouse);
    app = createApp(real.deps);
    const restated = await json(
      await app.request('/api/rollups?unit=24853&period=2025S1&as_of=2026-01-01&indicator=TCD_LUOT', { headers: auth }),
    );
    expect(restated).toMatchObject({
      as_of: '2026-01-01',
      figures: [{ value: 60, restated: 'full', predecessors: ['24850', '24853', '24856'] }],
    });
    const compared = await json(
      await app.request('/api/rollups?unit=24853&period=2026S1&compare=previous-year&indicator=TCD_LUOT', { headers: auth }),
    );
    expect(compared.figures[0].compare).toEqual({ period: '2025S1', value: 60, diff: 15, change: 0.25, restated: 'full' });
    const bad = await app.request('/api/rollups?unit=24853&period=2025S1&as_of=2026-02-30', { headers: auth });
    expect(bad.status).toBe(422);
    expect((await json(bad)).code).toBe('AS_OF_INVALID');
    const wrong = await app.request('/api/rollups?unit=24853&period=2026S1&compare=last-week', { headers: auth });
    expect(wrong.status).toBe(422);
  });
});
