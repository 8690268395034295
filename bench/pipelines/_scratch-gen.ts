import { openWarehouse } from '../../packages/warehouse/src/index';
import { generateNational } from './_generate';
const wh = await openWarehouse({ path: '/tmp/nat/national.duckdb' });
console.log(await generateNational(wh));
await wh.close();
