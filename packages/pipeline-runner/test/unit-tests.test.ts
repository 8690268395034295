import { describe, expect, it } from 'vitest';
import { ModelUnitTestError, PipelineConfigError } from '../src/errors';
import { runPipeline } from '../src/run-pipeline';
import { memoryDb, writePipeline } from './helpers';

const files = (byKindTests: string, kindOfTests = '') => ({
  'models/staging/stg_items.sql': "select id, kind, qty, sold_on from {{ source('main', 'items') }}\n",
  'models/marts/by_kind.sql':
    "select kind, sum(qty) as qty, max(sold_on) as last_sold, list(id order by id) as ids\nfrom {{ ref('stg_items') }} group by kind\n",
  'models/marts/by_kind.yml': `materialized: table\n${byKindTests}`,
  'models/marts/kind_of.sql': "select kind, qty from {{ ref('by_kind') }} where kind = p_kind and qty >= {{ ref('stg_min') }}()\n",
  'models/marts/kind_of.yml': `materialized: macro\nparams: [p_kind]\n${kindOfTests}`,
  'models/staging/stg_min.sql': '1\n',
  'models/staging/stg_min.yml': 'materialized: function\n',
});

const sums = `unit_tests:
  - name: sums_per_kind
    given:
      - input: ref('stg_items')
        rows:
          - { id: 1, kind: a, qty: 2, sold_on: 2022-01-05 }
          - { id: 2, kind: a, qty: 3, sold_on: '2022-03-01' }
          - { id: 3, kind: b, qty: 4 }
    expect:
      rows:
        - { kind: a, qty: 5, last_sold: '2022-03-01', ids: [1, 2] }
        - { kind: b, qty: 4, last_sold: null, ids: [3] }
`;

async function db() {
  const d = await memoryDb();
  await d.run(`create table items (id integer, kind varchar, qty integer, sold_on date); insert into items values (9, 'z', 1, null)`);
  return d;
}

describe('unit tests (given rows → expected rows)', () => {
  it('pass on tables and macros with their inputs replaced, and count as tests', async () => {
    const kindOf = `unit_tests:
  - name: one_kind_at_or_above_the_minimum
    args: { p_kind: a }
    given:
      - input: "{{ ref('by_kind') }}"
        rows: [{ kind: a, qty: 5 }, { kind: b, qty: 7 }, { kind: a, qty: 0 }]
    expect:
      rows: [{ kind: a, qty: 5 }]
`;
    const dir = await writePipeline('shop', files(sums, kindOf));
    const d = await db();
    const run = await runPipeline({ db: d }, { dir });
    expect(run.models.map((m) => `${m.model}:${m.tests}`)).toEqual(['stg_items:0', 'by_kind:1', 'stg_min:0', 'kind_of:1']);
    // the real data is untouched and the scratch schema is gone
    expect(await d.query('select kind, qty::integer as qty from shop.by_kind')).toEqual([{ kind: 'z', qty: 1 }]);
    expect(await d.query(`select * from duckdb_schemas() where schema_name like '%unit%'`)).toEqual([]);
  });

  it('fail with the model, the test, the missing and the extra rows', async () => {
    const wrong = sums.replace('{ kind: a, qty: 5,', '{ kind: a, qty: 6,');
    const dir = await writePipeline('shop', files(wrong));
    const d = await db();
    const error = await runPipeline({ db: d }, { dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelUnitTestError);
    const e = error as ModelUnitTestError;
    expect([e.code, e.model, e.test, e.file, e.missing.count, e.extra.count]).toEqual([
      'PIPELINE_UNIT_TEST_FAILED',
      'by_kind',
      'sums_per_kind',
      'models/marts/by_kind.yml'.replace('.yml', '.sql'),
      1,
      1,
    ]);
    expect(e.missing.sample).toMatchObject([{ kind: 'a', qty: 6 }]);
    expect(e.extra.sample).toMatchObject([{ kind: 'a', qty: 5 }]);
    expect(e.message).toMatch(/Kiểm thử đơn vị "sums_per_kind" của mô hình "by_kind".*thiếu 1 dòng mong đợi.*"qty":6.*thừa 1 dòng/);
    expect(e.run?.status).toBe('failed');
  });

  it('report a model that fails to run inside the test', async () => {
    const dir = await writePipeline('shop', {
      ...files(sums),
      'models/marts/by_kind.sql': "select kind, sum(qty) / 0 :: integer[] as qty from {{ ref('stg_items') }} group by kind\n",
    });
    const error = await runPipeline({ db: await db() }, { dir }).catch((e: unknown) => e);
    // the model itself fails first (with its position), before any unit test
    expect((error as Error).name).toBe('ModelQueryError');
  });

  it.each([
    [
      'an input not given',
      sums.replace("ref('stg_items')", "source('main', 'items')"),
      /not given: ref\('stg_items'\).*not read by the model: source\('main', 'items'\)/,
    ],
    ['a bad input', sums.replace("ref('stg_items')", 'stg_items'), /given\[0\]\.input must be ref\('model'\)/],
    ['args of a table', sums.replace('    given:', '    args: { x: 1 }\n    given:'), /args for exactly the params \[\]; unknown x/],
    ['an object value', sums.replace('qty: 4 }', 'qty: { n: 4 } }'), /a value must be text, a number/],
  ])('refuse %s as a config error naming the file', async (_label, yml, message) => {
    const dir = await writePipeline('shop', files(yml));
    const error = await runPipeline({ db: await db() }, { dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PipelineConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/models\/marts\/by_kind\.(yml|sql)/);
  });
});
