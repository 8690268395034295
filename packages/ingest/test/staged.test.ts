import { readdirSync } from 'node:fs';
import { indicatorsForForm } from '@tonghop/core';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeIngestFile } from '@tonghop/ingest-contract';
import type { Warehouse } from '@tonghop/warehouse';
import { afterEach, describe, expect, it } from 'vitest';
import { createRegistry, defaultPlugins, type IngestContext, type IngestResult } from '../src/index';
import { DraftBuffer } from '../src/draft-buffer';
import { createUnitIndex } from '../src/resolve-header';
import { stageFile } from '../src/stage-file';
import { context, demoWarehouse, ingest, writeFiles } from './helpers';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');
const opened: { warehouse: Warehouse; dir: string }[] = [];
afterEach(async () => {
  for (const { warehouse, dir } of opened.splice(0)) {
    await warehouse.close();
    await rm(dir, { recursive: true, force: true });
  }
});

async function world() {
  const w = await demoWarehouse();
  opened.push(w);
  return w;
}

type Path = 'js' | 'staged';
const ctxFor = (warehouse: Warehouse, path: Path, extra: Partial<IngestContext> = {}) =>
  context(warehouse, {
    plugins: createRegistry(defaultPlugins()),
    stagedAboveBytes: path === 'staged' ? 0 : Number.POSITIVE_INFINITY,
    ...extra,
  });

/** Everything a store leaves behind, without what depends on when it ran. */
async function contents(warehouse: Warehouse) {
  return {
    submissions: await warehouse.query(
      `select id, unit_code, period, form, version, supersedes, status, plugin, file_sha256, file_name, sheet, draft_key, uploaded_by, fact_count from submissions order by id`,
    ),
    facts: await warehouse.query(
      `select submission_id, unit_code, period, form, indicator, option, num_value, bool_value, text_value, source_file, source_sheet, source_cell, source_line from facts order by submission_id, fact_seq`,
    ),
    validation: await warehouse.query(
      'select submission_id, severity, rule, cell, message from validation_results order by submission_id, rule, cell, message',
    ),
    audit: await warehouse.query(`select actor, action, target, detail from audit_log where action like 'submission.%' order by id`),
    files: await warehouse.query('select sha256, size, first_name from files order by sha256'),
  };
}

/** Ingests `paths` (in order, one call each) both ways, each into its own warehouse; both answers. */
async function bothWays(paths: string[][], extra: (warehouse: Warehouse) => Partial<IngestContext> = () => ({})) {
  const out = {} as Record<Path, { results: IngestResult[][]; db: Awaited<ReturnType<typeof contents>> }>;
  for (const path of ['js', 'staged'] as const) {
    const { warehouse } = await world();
    const results: IngestResult[][] = [];
    for (const call of paths) results.push(await ingest(call, ctxFor(warehouse, path, extra(warehouse))));
    out[path] = { results, db: await contents(warehouse) };
  }
  return out;
}

function longFixtures(): [string, string][] {
  const out: [string, string][] = [];
  for (const name of readdirSync(join(FIXTURES, 'csv'))) {
    const dir = join(FIXTURES, 'csv', name);
    if (!name.startsWith('long-')) continue;
    const input = readdirSync(dir).find((f) => f.startsWith('input'));
    if (input) out.push([name, join(dir, input)]);
  }
  return out;
}

const HEADER = 'unit_code,period,indicator,value';
/** Generated long files, each with something the staged path must get exactly right. */
const GENERATED: Record<string, string> = {
  'clean-two-units': `${HEADER}\n24931,2022S1,DON_TONG,5\n24931,2022S1,DON_KHIEU_NAI,2\n24931,2022S1,DON_TO_CAO,1\n24931,2022S1,DON_KIEN_NGHI,2\n24934,2022S1,TCD_LUOT,7\n`,
  'interleaved-and-spaces': `${HEADER}\n24931,2022S1,TCD_LUOT,8\n 24934 ,2022S1,TCD_LUOT, 7 \n24931,2022S1,TCD_NGUOI,10\n24934,2022S1 ,TCD_NGUOI,9\n`,
  'values-of-every-kind': `${HEADER}\n24931,2022S1,XA_MOT_CUA,Có\n24931,2022S1,TCD_LUOT,1.234\n24931,2022S1,TCD_NGUOI,\u00a01234 \n24931,2022S1,XEP_LOAI,tốt\n24931,2022S1,NX_HAN_CHE,"Còn chậm, thiếu ""đột xuất"""\n24931,2022S1,DON_TONG,-\n24931,2022S1,XA_THON_TONG,\n24934,2022S1,XA_CONG_KHAI,không\n24934,2022S1,XA_DOI_THOAI,007\n`,
  'labels-names-options': `unit_code,period,indicator,category_option,value\nXã Đạ Rsal,6 tháng đầu năm 2022,Số lượt tiếp công dân,,4\nMT679,2022S1,MT_GIAM_SAT,MTTQ,3\nMT679,2022S1,MT_GIAM_SAT.HND,,2\nMT679,2022S1,MT_GIAM_SAT,Phụ nữ,1\nMT679,2022S1,MT_TXCT,Quốc hội,5\n`,
  'form-column-and-mt': `unit_code,period,indicator,value,form\nMT679,2022S1,MT_GIAM_SAT.MTTQ,3,MT\nMT679,2022S1,MT_GIAM_SAT.HLHPN,4,MT\n24931,2022S1,TCD_LUOT,1,XA\n`,
  'rule-error-and-warning': `${HEADER}\n24931,2022S1,DON_TONG,10\n24931,2022S1,DON_KHIEU_NAI,1\n24931,2022S1,DON_TO_CAO,1\n24931,2022S1,DON_KIEN_NGHI,1\n24934,2022S1,TCD_LUOT,9\n24934,2022S1,TCD_NGUOI,3\n24937,2022S1,TCD_LUOT,1\n`,
  'bad-drafts-among-good': `${HEADER}\n24931,2022S1,TCD_LUOT,1\n24934,2022S1,KHONG_CO,1\n24937,2022S1,TCD_LUOT,abc\n24940,2022S1,TCD_LUOT,-3\n24943,2022S1,TCD_LUOT,1\n24943,2022S1,TCD_LUOT,2\n99999,2022S1,TCD_LUOT,1\n24955,2022S1,TCD_LUOT,1\n24946,2022S1,,5\n24949,2022S1,TCD_LUOT,\n24952,2022S1,TCD_TY_LE,5\n24931,2021,TCD_LUOT,3\n`,
  'unknown-indicator-without-value': `${HEADER}\n24931,2022S1,KHONG_CO,\n24931,2022S1,TCD_LUOT,2\n`,
  'crlf-bom-semicolon-trailing-blank-lines': `\uFEFFunit_code;period;indicator;value\r\n24931;2022S1;TCD_LUOT;"8"\r\n24934;2022S1;TCD_LUOT;7\r\n\r\n\r\n`,
  'no-final-newline-tab': 'unit_code\tperiod\tindicator\tvalue\n24931\t2022S1\tTCD_LUOT\t8',
  'excel-padding': `${HEADER}\n24931,2022S1,TCD_LUOT,8,\n`,
};

/** What each generated file gives (unit:status:facts), so that the comparison above is not between two empty answers. */
const EXPECTED: Record<string, string[]> = {
  'clean-two-units': ['24931:accepted:4', '24934:accepted:1'],
  'interleaved-and-spaces': ['24931:accepted:2', '24934:accepted:2'],
  'values-of-every-kind': ['24931:accepted:5', '24934:accepted:2'],
  'labels-names-options': ['24937:accepted:1', 'MT679:accepted:4'],
  'form-column-and-mt': ['MT679:accepted:2', '24931:accepted:1'],
  'rule-error-and-warning': ['24931:rejected:4', '24934:warning:2', '24937:accepted:1'],
  'bad-drafts-among-good': [
    '24931:accepted:1',
    '24934:rejected:0',
    '24937:rejected:0',
    '24940:rejected:0',
    '24943:rejected:0',
    'null:rejected:0',
    '24955:rejected:0',
    '24946:rejected:0',
    '24949:rejected:0',
    '24952:rejected:0',
    '24931:accepted:1',
  ],
  'unknown-indicator-without-value': ['24931:accepted:1'],
  'crlf-bom-semicolon-trailing-blank-lines': ['24931:accepted:1', '24934:accepted:1'],
  'no-final-newline-tab': ['24931:accepted:1'],
  'excel-padding': ['24931:accepted:1'],
};

describe("the staged path gives exactly what the plugin's way gives", () => {
  it.each(longFixtures())('fixture %s', async (_name, input) => {
    const { js, staged } = await bothWays([[input]]);
    expect(staged.results).toEqual(js.results);
    expect(staged.db).toEqual(js.db);
  });

  it.each(Object.entries(GENERATED))('generated %s', async (name, text) => {
    const dir = (await world()).dir;
    const [path] = await writeFiles(dir, { [`${name}.csv`]: text });
    const { js, staged } = await bothWays([[path as string]]);
    expect(staged.results).toEqual(js.results);
    expect(staged.db).toEqual(js.db);
    expect(staged.results[0]?.map((r) => `${r.unit}:${r.status}:${r.facts}`)).toEqual(EXPECTED[name]);
  });

  it('versions, byte-identical re-ingest and supersedes chains', async () => {
    const dir = (await world()).dir;
    const [a, b] = await writeFiles(dir, {
      'v1.csv': `${HEADER}\n24931,2022S1,TCD_LUOT,8\n24934,2022S1,TCD_LUOT,7\n`,
      'v2.csv': `${HEADER}\n24931,2022S1,TCD_LUOT,9\n24934,2022S1,TCD_LUOT,7\n24934,2022S1,TCD_LUOT,1\n`,
    });
    const { js, staged } = await bothWays([[a as string], [a as string], [b as string], [a as string]]);
    expect(staged.results).toEqual(js.results);
    expect(staged.db).toEqual(js.db);
  });

  it('an uploader limited to some units', async () => {
    const dir = (await world()).dir;
    const [path] = await writeFiles(dir, { 'mixed.csv': `${HEADER}\n24931,2022S1,TCD_LUOT,8\n24934,2022S1,TCD_LUOT,7\n` });
    const only = (warehouse: Warehouse) => ({ mayUploadFor: (u: { code: string }) => u.code === '24931', warehouse });
    const { js, staged } = await bothWays([[path as string]], only);
    expect(staged.results).toEqual(js.results);
    expect(staged.db).toEqual(js.db);
    expect(staged.results[0]?.map((r) => r.status)).toEqual(['accepted', 'rejected']);
  });
});

describe('which files the staged path takes', () => {
  async function outcome(text: string | Buffer, above = 0, upTo?: number) {
    const { warehouse, dir } = await world();
    const path = join(dir, 'f.csv');
    await writeFile(path, text);
    const ctx = ctxFor(warehouse, 'staged', { stagedAboveBytes: above, ...(upTo === undefined ? {} : { stagedUpToBytes: upTo }) });
    const registry = createRegistry(defaultPlugins());
    const plugin = await registry.get('csv-long');
    if (!plugin) throw new Error('no csv-long plugin');
    const run = { ctx, registry, units: createUnitIndex(await warehouse.listUnits()), buffer: new DraftBuffer(warehouse) };
    const held = await warehouse.blobs.hold(path);
    const file = await makeIngestFile(held.path, 'f.csv');
    const out = await stageFile(file, plugin, held.sha256, run.buffer.startFile(held), run);
    await run.buffer.abandon();
    return out ? 'staged' : 'fallback';
  }

  it('takes clean files, CRLF, BOM, trailing blank lines and Excel padding', async () => {
    for (const name of [
      'clean-two-units',
      'crlf-bom-semicolon-trailing-blank-lines',
      'no-final-newline-tab',
      'excel-padding',
      'bad-drafts-among-good',
    ]) {
      expect(await outcome(GENERATED[name] as string), name).toBe('staged');
    }
  });

  it.each([
    ['a blank line inside', `${HEADER}\n24931,2022S1,TCD_LUOT,8\n\n24934,2022S1,TCD_LUOT,7\n`],
    ['a field over two lines', `${HEADER}\n24931,2022S1,TCD_LUOT,"8\n"\n`],
    ['a lone CR', `${HEADER}\r24931,2022S1,TCD_LUOT,8\r`],
    ['a line with a missing field', `${HEADER}\n24931,2022S1,TCD_LUOT\n`],
    ['a line without unit', `${HEADER}\n,2022S1,TCD_LUOT,8\n`],
    ['invalid UTF-8', Buffer.concat([Buffer.from(`${HEADER}\n24931,2022S1,TCD_LUOT,`), Buffer.from([0xff, 0x38]), Buffer.from('\n')])],
    ['UTF-16LE', Buffer.from(`\uFEFF${HEADER}\n24931,2022S1,TCD_LUOT,8\n`, 'utf16le')],
    ['a header below a title line', `Báo cáo\n${HEADER}\n24931,2022S1,TCD_LUOT,8\n`],
    ['a header-only file', `${HEADER}\n`],
  ])('leaves to the plugin a file with %s', async (_what, text) => {
    expect(await outcome(text)).toBe('fallback');
  });

  it('leaves small files to the plugin by default (1 MiB), and files above stagedUpToBytes', async () => {
    expect(await outcome(GENERATED['clean-two-units'] as string, 1024 * 1024)).toBe('fallback');
    expect(await outcome(GENERATED['clean-two-units'] as string, 0, 100)).toBe('fallback');
    expect(await outcome(GENERATED['clean-two-units'] as string, 0, 1000)).toBe('staged');
  });
});

describe('the staged path on a bigger file', () => {
  it('stores every month of ten years of eight communes with random counts, the same as the plugin', async () => {
    const dir = (await world()).dir;
    const communes = ['24931', '24934', '24937', '24940', '24943', '24946', '24949', '24952'];
    const indicators = indicatorsForForm('XA')
      .filter((i) => i.valueType === 'integer')
      .map((i) => i.code);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 4; // small counts: some rules hold, some fail
    const lines = [HEADER];
    for (const unit of communes) {
      for (let year = 2015; year <= 2024; year++) {
        for (let month = 1; month <= 12; month++) {
          for (const code of indicators) lines.push(`${unit},${year}-${String(month).padStart(2, '0')},${code},${random()}`);
        }
      }
    }
    const [path] = await writeFiles(dir, { 'big.csv': `${lines.join('\n')}\n` });
    const { js, staged } = await bothWays([[path as string]]);
    expect(staged.results).toEqual(js.results);
    expect(staged.db).toEqual(js.db);
    const statuses = new Set(staged.results[0]?.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['accepted', 'rejected', 'warning']);
  });
});

describe('two staged files at once', () => {
  it('keep their staging tables apart and both store everything', async () => {
    const { warehouse, dir } = await world();
    const file = (unit: string) => {
      const lines = [HEADER];
      for (let year = 2000; year <= 2024; year++) {
        for (let month = 1; month <= 12; month++) lines.push(`${unit},${year}-${String(month).padStart(2, '0')},TCD_LUOT,${month}`);
      }
      return `${lines.join('\n')}\n`;
    };
    const [a, b] = await writeFiles(dir, { 'a.csv': file('24931'), 'b.csv': file('24934') });
    const ctx = ctxFor(warehouse, 'staged');
    const [ra, rb] = await Promise.all([ingest([a as string], ctx), ingest([b as string], ctx)]);
    expect(ra.map((r) => r.status)).toEqual(Array(300).fill('accepted'));
    expect(rb.map((r) => r.status)).toEqual(Array(300).fill('accepted'));
    expect(await warehouse.query('select count(*)::integer as n, sum(num_value)::integer as total from facts')).toEqual([
      { n: 600, total: 2 * 25 * 78 },
    ]);
    // Temp tables belong to the writer connection: ask there.
    const left = await warehouse.write((tx) =>
      tx.query(`select count(*)::integer as n from duckdb_tables() where temporary and table_name like 'tonghop_%'`),
    );
    expect(left).toEqual([{ n: 0 }]);
  });
});
