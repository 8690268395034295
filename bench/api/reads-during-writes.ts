/**
 * Reads while writes run (issue 11): 200 concurrent readers (autocannon, closed loop, 200
 * connections) on the roll-up path of the district, first alone, then while 20 uploads are stored
 * one after another (each a new version of a commune's 2022S1 report, so each changes the
 * district's figure). Prints the readers' latency and, per upload, how long until a separate
 * poller sees the new figure ("fresh"). Goal: p99 ≤ 100 ms with uploads, fresh within 1 s.
 * Prints figures; asserts nothing about time.
 */
import { autocannon, demoServer, pct } from './_demo-server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const UPLOADS = 20;
const PATH = '/api/rollups?unit=679&period=2022S1';
const PROBE = '/api/rollups?unit=679&period=2022S1&indicator=TCD_LUOT';

async function main(): Promise<void> {
  const demo = await demoServer();
  const { admin, viewer, server } = demo;
  const auth = { authorization: `Bearer ${viewer.token}` };
  const read = async (): Promise<number | null> => {
    const res = await fetch(server.url + PROBE, { headers: auth });
    const body = (await res.json()) as { figures: { value: number | null }[] };
    return body.figures[0]?.value ?? null;
  };
  const before = await read();
  console.log(`district TCD_LUOT 2022S1 before: ${before}`);

  const alone = await autocannon(server.url + PATH, auth, { rate: 0, seconds: SECONDS, connections: 200 });
  report('200 readers, no uploads', alone);

  // The poller: one more reader, every 10 ms, noting when each value was first seen.
  const seen = new Map<number | null, number>();
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const v = await read();
      if (!seen.has(v)) seen.set(v, performance.now());
      await new Promise((r) => setTimeout(r, 10));
    }
  })();

  const load = autocannon(server.url + PATH, auth, { rate: 0, seconds: SECONDS, connections: 200 });
  await new Promise((r) => setTimeout(r, 1000));
  const uploads: { start: number; ms: number; value: number | null }[] = [];
  const gap = Math.max(0, ((SECONDS - 2) * 1000) / UPLOADS - 400);
  for (let i = 0; i < UPLOADS; i++) {
    const form = new FormData();
    const mine = 1000 + i;
    form.append('file', new File([`unit_code,period,indicator,value\r\n24931,2022S1,TCD_LUOT,${mine}\r\n`], `bench-${i}.csv`));
    const t0 = performance.now();
    const res = await fetch(`${server.url}/api/submissions`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${admin.token}` },
    });
    const ok = res.status === 200 && ((await res.json()) as { status: string }[])[0]?.status !== 'rejected';
    const ms = performance.now() - t0;
    if (!ok) throw new Error(`upload ${i} refused: HTTP ${res.status}`);
    const value = await read();
    uploads.push({ start: t0, ms, value });
    await new Promise((r) => setTimeout(r, gap));
  }
  const during = await load;
  polling = false;
  await poller;
  report(`200 readers during ${UPLOADS} uploads`, during);
  const fresh = uploads.map((u) => {
    const at = seen.get(u.value);
    return at === undefined ? Number.NaN : Math.max(0, at - u.start);
  });
  const ms = uploads.map((u) => u.ms);
  console.log(
    `uploads: response (stored + figures refreshed) p50 ${pct(ms, 50).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms; ` +
      `fresh (upload sent → poller sees the new figure) p50 ${pct(fresh, 50).toFixed(0)} ms, max ${Math.max(...fresh).toFixed(0)} ms`,
  );
  console.log(`district TCD_LUOT 2022S1 after: ${await read()} (distinct values seen by the poller: ${seen.size})`);
  await demo.close();
}

function report(label: string, r: Awaited<ReturnType<typeof autocannon>>): void {
  console.log(
    `${label}: ${r.requests.total} requests (${r.requests.average}/s), ${r.non2xx} non-2xx, ${r.errors} errors; ` +
      `latency p50 ${r.latency.p50} ms, p90 ${r.latency.p90} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms`,
  );
}

await main();
