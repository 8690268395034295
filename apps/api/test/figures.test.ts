import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvFor, json, setup, type Setup } from './helpers';

let s: Setup;
beforeAll(async () => {
  s = await setup();
});
afterAll(async () => {
  await s.close();
});

const get = async (path: string, role: 'admin' | 'viewer' | 'analyst' = 'viewer') => s.app.request(path, { headers: s.auth(role) });

describe('figures through the API', () => {
  it('409 FIGURES_NOT_RUN before any pipeline run', async () => {
    const res = await get('/api/rollups?unit=679&period=2022S1');
    expect(res.status).toBe(409);
    expect((await json(res)).code).toBe('FIGURES_NOT_RUN');
  });

  it('a roll-up read right after an accepted upload reflects it (refresh after upload)', async () => {
    const up = await s.upload('uploader', [{ name: 'a.csv', text: csvFor('24931', '2022S1', 7) }]);
    expect(up.status).toBe(200);
    expect(up.headers.get('x-tonghop-figures')).toBe('refreshed');
    const first = await json(await get('/api/rollups?unit=679&period=2022S1&indicator=TCD_LUOT'));
    expect(first.figures).toEqual([
      expect.objectContaining({ indicator: 'TCD_LUOT', option: null, value: 7, reporting_units: 1, expected_units: 2 }),
    ]);

    await s.upload('uploader', [{ name: 'b.csv', text: csvFor('24934', '2022S1', 5) }]);
    const second = await json(await get('/api/rollups?unit=679&period=2022S1&indicator=TCD_LUOT,TCD_NGUOI'));
    expect(second.figures.map((f: any) => [f.indicator, f.value, f.reporting_units])).toEqual([
      ['TCD_LUOT', 12, 2],
      ['TCD_NGUOI', 14, 2],
    ]);
  });

  it('lists the periods that have current submissions', async () => {
    const body = await json(await get('/api/periods'));
    expect(body.periods).toContainEqual(expect.objectContaining({ period: '2022S1', label: '6 tháng đầu năm 2022', units: 2 }));
  });

  it('completeness names the missing units', async () => {
    await s.upload('admin', [{ name: 'c.csv', text: csvFor('24931', '2022S2') }]);
    const c = await json(await get('/api/completeness?unit=679&period=2022S2&form=XA'));
    expect(c).toMatchObject({ unit: '679', period: '2022S2', form: 'XA', expected: 2, submitted: 1, missing: ['24934'] });
  });

  it('lineage gives the submissions with versions and the cells of one figure', async () => {
    const l = await json(await get('/api/lineage?unit=679&period=2022S1&indicator=TCD_LUOT'));
    expect(l.submissions.map((x: any) => [x.unit, x.version, x.file_name])).toEqual([
      ['24931', 1, 'a.csv'],
      ['24934', 1, 'b.csv'],
    ]);
    expect(l.cells.map((x: any) => [x.unit, x.value, x.line])).toEqual([
      ['24931', 7, 2],
      ['24934', 5, 2],
    ]);
  });

  it('unknown unit → 404, unknown indicator → 404', async () => {
    const unit = await get('/api/rollups?unit=99999&period=2022S1');
    expect(unit.status).toBe(404);
    expect((await json(unit)).message).toContain('99999');
    expect((await get('/api/lineage?unit=679&period=2022S1&indicator=KHONG_CO')).status).toBe(404);
  });

  it('pipelines: run (audited) and the run log', async () => {
    const run = await s.app.request('/api/pipelines/run', { method: 'POST', headers: s.auth('analyst') });
    expect(run.status).toBe(200);
    const body = await json(run);
    expect(body.status).toBe('success');
    expect(body.runs[0]).toMatchObject({ pipeline: 'rollup', status: 'success' });
    const runs = await json(await get('/api/pipelines/runs?limit=100', 'analyst'));
    expect(runs.map((r: any) => r.id)).toContain(body.runs[0].id);
    const audit = await s.deps.warehouse.query("select split_part(actor, '#', 1) as actor from audit_log where action = 'pipeline.run'");
    expect(audit).toContainEqual({ actor: 'user:phan-tich' });
  });

  it('workbooks: the summary export and both template layouts, as .xlsx with a file name', async () => {
    const exp = await get('/api/export.xlsx?unit=679&period=2022S1');
    expect(exp.status).toBe(200);
    expect(exp.headers.get('content-type')).toContain('spreadsheetml');
    expect(exp.headers.get('content-disposition')).toContain('tong-hop-679-2022S1.xlsx');
    expect(new Uint8Array(await exp.arrayBuffer()).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    const form = await get('/api/template.xlsx?form=XA&unit=24931&period=2023S1');
    expect(form.status).toBe(200);
    const table = await get('/api/template.xlsx?form=XA&unit=679&period=2023S1');
    expect(table.status).toBe(200);
    expect((await table.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expect((await get('/api/template.xlsx?form=XA&unit=99999&period=2023S1')).status).toBe(404);
    expect((await get('/api/export.xlsx?unit=99999&period=2022S1')).status).toBe(404);
  });
});
