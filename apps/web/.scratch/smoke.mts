import { buildPage } from '/work/main/apps/web/test/build-page';
import { startDemoServer } from '/work/main/apps/web/test/demo-server';
const dir = await buildPage();
const s = await startDemoServer(dir);
console.log(s.url, JSON.stringify(s.loaded).slice(0, 1500));
const h = { authorization: `Bearer ${s.tokens.admin}` };
for (const p of ['/api/me', '/api/rollups?unit=679&period=2022S1', '/api/completeness?unit=679&period=2022S1&form=XA', '/api/lineage?unit=679&period=2022S1&indicator=TTHC_TIEP_NHAN', '/api/submissions?limit=3', '/api/catalog']) {
  const r = await fetch(s.url + p, { headers: h });
  console.log(p, r.status, (await r.text()).slice(0, 700));
}
await s.close();
