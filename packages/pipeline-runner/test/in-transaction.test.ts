import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWarehouse } from '@tonghop/warehouse';
import { describe, expect, it } from 'vitest';
import { ModelQueryError } from '../src/errors';
import { runPipelineInTransaction } from '../src/run-in-transaction';
import { listRuns } from '../src/run-log';
import { writePipeline } from './helpers';

describe('runPipelineInTransaction (on the warehouse)', () => {
  it('materialises in one write and logs success and failure, keeping the old models on failure', async () => {
    const wh = await openWarehouse({ path: ':memory:', blobDir: await mkdtemp(join(tmpdir(), 'tonghop-run-')) });
    const good = await writePipeline('counts', {
      'models/unit_count.sql': "with units as (select * from {{ source('main', 'units') }})\nselect count(*) as n from units\n",
      'models/unit_count.yml': 'materialized: table\n',
    });
    const ok = await runPipelineInTransaction(wh, {}, { dir: good });
    expect(ok.status).toBe('success');
    expect(await wh.query('select n from counts.unit_count')).toEqual([{ n: 0 }]);
    const bad = await writePipeline('counts', {
      'models/unit_count.sql': "select count(*) as n\nfrom {{ source('main', 'unitz') }}\n",
      'models/unit_count.yml': 'materialized: table\n',
    });
    const error = await runPipelineInTransaction(wh, {}, { dir: bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelQueryError);
    expect([(error as ModelQueryError).line, (error as ModelQueryError).column]).toEqual([2, 6]);
    expect(await wh.query('select n from counts.unit_count')).toEqual([{ n: 0 }]);
    const runs = await wh.write((tx) => listRuns(tx));
    expect(runs.map((r) => r.status).sort()).toEqual(['failed', 'success']);
    await wh.close();
  });
});
