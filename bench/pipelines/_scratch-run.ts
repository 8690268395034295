import { openWarehouse } from '../../packages/warehouse/src/index';
import { runRollupPipeline } from '../../packages/figures/src/index';
const wh = await openWarehouse({ path: '/tmp/nat/national.duckdb' });
const r = await runRollupPipeline(wh);
console.log(r.ms, r.models.map((m) => `${m.model}:${m.ms}`).join(' '));
await wh.close();
