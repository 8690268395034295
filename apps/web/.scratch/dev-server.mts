// Dev only: the demo server with figures wired from @tonghop/figures while apps/api lacks them.
import { getCompleteness, getLineage, getRollup, runRollupPipeline } from '/work/main/packages/figures/src/index.ts';
import { buildPage } from '/work/main/apps/web/test/build-page';
import { startDemoServer } from '/work/main/apps/web/test/demo-server';
const dir = '/work/main/apps/web/dist';
const s = await startDemoServer(dir, (deps) => {
  const wh = deps.warehouse as any;
  deps.figures ??= {
    rollup: (q) => getRollup(wh, q) as any,
    completeness: (q) => getCompleteness(wh, q) as any,
    lineage: (q) => getLineage(wh, q) as any,
  };
  deps.pipelines ??= { run: async () => ({ status: 'success', runs: [await runRollupPipeline(wh)] }) as any, runs: async () => [] };
});
console.log(JSON.stringify({ url: s.url, tokens: s.tokens }));
console.error(JSON.stringify(s.loaded, null, 0).slice(0, 3000));
if (process.argv.includes('--probe')) {
  const h = { authorization: `Bearer ${s.tokens.admin}` };
  for (const p of ['/api/me', '/api/rollups?unit=679&period=2022S1', '/api/completeness?unit=679&period=2022S1&form=XA', '/api/lineage?unit=679&period=2022S1&indicator=TTHC_TIEP_NHAN', '/api/submissions?limit=3', '/api/catalog']) {
    const r = await fetch(s.url + p, { headers: h });
    console.log(p, r.status, (await r.text()).slice(0, 900));
  }
  await s.close();
}
