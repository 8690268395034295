import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeIngestFile } from '../../packages/ingest-contract/src/index';
import { collect, createRegistry, ingestPaths } from '../../packages/ingest/src/index';
import { excelForm, excelTable } from '../../packages/ingest-excel/src/index';
import ExcelJS from 'exceljs';
import { demoWarehouse } from './_demo-warehouse';
import { smallFormWorkbooks } from './_workbooks';

const dir = mkdtempSync(join(tmpdir(), 'bench-excel-ph-'));
const paths = await smallFormWorkbooks(dir, 200, true);
const t = async (label: string, fn: () => Promise<unknown>) => {
  const t0 = performance.now();
  await fn();
  console.log(label.padEnd(30), ((performance.now() - t0) / 200).toFixed(2), 'ms/file');
};
for (let round = 0; round < 2; round++) {
  const warehouse = await demoWarehouse();
  const plugins = createRegistry([excelForm(), excelTable()]);
  await t('exceljs readFile', async () => {
    for (const p of paths) await new ExcelJS.Workbook().xlsx.readFile(p);
  });
  await t('blobs.hold sync:false', async () => {
    for (const p of paths) await (await warehouse.blobs.hold(p, { sync: false })).release(true);
  });
  await t('makeIngestFile', async () => {
    for (const p of paths) await makeIngestFile(p);
  });
  const files = await Promise.all(paths.map((p) => makeIngestFile(p)));
  await t('detect', async () => {
    for (const f of files) await plugins.detect(f);
  });
  const form = excelForm();
  await t('excel-form read', async () => {
    for (const f of files) for await (const _ of form.read(f, {}));
  });
  await t('ingest e2e', async () => collect(ingestPaths(paths, { warehouse, plugins, actor: 'b', clock: () => new Date() })));
  await warehouse.close();
}
rmSync(dir, { recursive: true, force: true });
