import { makeIngestFile } from '@tonghop/ingest-contract';
import { excelForm, excelTable } from '../src/index';
import { readdirSync } from 'node:fs';
const dir = '/work/main/fixtures/excel';
const only = process.argv[2];
for (const c of readdirSync(dir).filter((d) => !d.includes('.') && (!only || d.includes(only)))) {
  const input = readdirSync(`${dir}/${c}`).find((f) => f.startsWith('input.'))!;
  const file = await makeIngestFile(`${dir}/${c}/${input}`);
  const f = excelForm(), t = excelTable();
  const df = await f.detect(file), dt = await t.detect(file);
  console.log(`== ${c} form=${df} table=${dt}`);
  const p = df >= dt ? f : t;
  for await (const d of p.read(file, {})) {
    console.log(JSON.stringify({ unit: d.unit?.text, uc: d.unit?.source.cell, period: d.period?.text, pc: d.period?.source.cell, form: d.form?.text, src: d.source, errors: d.errors.map((e) => e.message), warnings: d.warnings.map((e) => e.message) }));
    for (const x of d.facts) console.log('   ', x.indicator, '|', x.option, '|', JSON.stringify(x.raw), x.source.cell);
  }
}
