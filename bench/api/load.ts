/**
 * API load benchmark (issue 5): the demo data served on 127.0.0.1, then
 *   1. the roll-up path at a fixed 200 req/s for 10 s (autocannon) → p50 / p99 latency;
 *   2. uploads: 60 small CSV files, one per request, sequential and 10 at a time → uploads/s,
 *      and the refresh delay (the upload response waits for the figure refresh, so its latency is
 *      the time until a roll-up read reflects the upload).
 * Prints figures; asserts nothing about time.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createApp } from '../../apps/api/src/index';
import { runRollupPipeline } from '../../packages/figures/src/index';
import { autocannon, demoServer, pct } from './_demo-server';

async function main(): Promise<void> {
  const demo = await demoServer();
  const { dir, clock, real, warehouse, ingested, admin, viewer, server } = demo;
  console.log(
    `demo: ${ingested.filter((r) => r.status !== 'rejected').length}/${ingested.length} submissions accepted; server ${server.url}`,
  );

  const rollupPath = '/api/rollups?unit=679&period=2022S1';
  const cold = performance.now();
  const check = await fetch(server.url + rollupPath, { headers: { authorization: `Bearer ${viewer.token}` } });
  const body = (await check.json()) as { figures?: unknown[] };
  console.log(
    `roll-up, first read after the run (not cached): HTTP ${check.status}, ${body.figures?.length ?? 0} figures, ${(performance.now() - cold).toFixed(0)} ms`,
  );
  const other = performance.now();
  await (await fetch(`${server.url}/api/rollups?unit=68&period=2022S1`, { headers: { authorization: `Bearer ${viewer.token}` } })).text();
  console.log(`roll-up of the province (not cached): ${(performance.now() - other).toFixed(0)} ms`);

  const app = createApp(real.deps);
  const inProcess: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t = performance.now();
    await (await app.request(rollupPath, { headers: { authorization: `Bearer ${viewer.token}` } })).text();
    inProcess.push(performance.now() - t);
  }
  console.log(
    `same path in-process (app.request, no network), 2000 sequential: p50 ${pct(inProcess, 50).toFixed(2)} ms, p99 ${pct(inProcess, 99).toFixed(2)} ms`,
  );

  const result = await autocannon(
    server.url + rollupPath,
    { authorization: `Bearer ${viewer.token}` },
    { rate: 200, seconds: 10, connections: 10 },
  );
  console.log(
    `GET ${rollupPath} at 200 req/s for 10 s: ${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors`,
  );
  console.log(
    `  latency p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  );

  const months = Array.from({ length: 60 }, (_, i) => `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const upload = async (m: string, i: number) => {
    const form = new FormData();
    form.append(
      'file',
      new File([`unit_code,period,indicator,value\r\n24931,${m},TCD_LUOT,${i}\r\n24931,${m},TCD_NGUOI,${i + 1}\r\n`], `bench-${m}.csv`),
    );
    const t0 = performance.now();
    const res = await fetch(`${server.url}/api/submissions`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${admin.token}` },
    });
    const ok = res.status === 200 && ((await res.json()) as { status: string }[])[0]?.status === 'accepted';
    return { ok, ms: performance.now() - t0 };
  };
  for (const [label, concurrency, batch] of [
    ['sequential', 1, months.slice(0, 20)],
    ['10 at a time', 10, months.slice(20)],
  ] as const) {
    const t0 = performance.now();
    const lat: number[] = [];
    let ok = 0;
    for (let i = 0; i < batch.length; i += concurrency) {
      const done = await Promise.all(batch.slice(i, i + concurrency).map((m, j) => upload(m, i + j)));
      for (const d of done) {
        lat.push(d.ms);
        if (d.ok) ok++;
      }
    }
    const s = (performance.now() - t0) / 1000;
    console.log(
      `uploads ${label}: ${ok}/${batch.length} accepted in ${s.toFixed(1)} s = ${(batch.length / s).toFixed(1)} uploads/s; response (incl. refresh) p50 ${pct(lat, 50).toFixed(0)} ms, p99 ${pct(lat, 99).toFixed(0)} ms`,
    );
  }
  const ingestMs: number[] = [];
  for (let i = 0; i < 10; i++) {
    const path = join(dir, `direct-${i}.csv`);
    await writeFile(path, `unit_code,period,indicator,value\r\n24934,2015-${String(i + 1).padStart(2, '0')},TCD_LUOT,${i}\r\n`);
    const t = performance.now();
    await real.deps.ingest?.([{ path, name: `direct-${i}.csv` }], { actor: 'bench' });
    ingestMs.push(performance.now() - t);
  }
  console.log(`ingest alone (no HTTP, no refresh), one small CSV: p50 ${pct(ingestMs, 50).toFixed(0)} ms`);
  const t0 = performance.now();
  await runRollupPipeline(warehouse, { clock });
  console.log(`one full roll-up pipeline run (the refresh): ${(performance.now() - t0).toFixed(0)} ms`);

  await demo.close();
}

await main();
