import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warehouse } from '@tonghop/warehouse';
import { context, count, demoWarehouse, ingest, writeFiles } from './helpers';

const GOOD = [
  'unit=24931',
  'period=2022S1',
  'form=XA',
  'TCD_LUOT=10',
  'TCD_NGUOI=12',
  'DON_TONG=5',
  'DON_KHIEU_NAI=2',
  'DON_TO_CAO=0',
  'DON_KIEN_NGHI=3',
  'XA_MOT_CUA=Có',
  'XA_DOI_THOAI=',
].join('\n');

let warehouse: Warehouse;
let dir: string;

beforeEach(async () => {
  ({ warehouse, dir } = await demoWarehouse());
});
afterEach(async () => {
  await warehouse.close();
});

describe('ingestPaths', () => {
  it('stores a clean file as accepted, dropping empty values', async () => {
    const [path = ''] = await writeFiles(dir, { 'good.tl': GOOD });
    const [r, ...rest] = await ingest([path], context(warehouse));
    expect(rest).toHaveLength(0);
    expect(r).toMatchObject({
      file: path,
      status: 'accepted',
      plugin: 'test-lines',
      unit: '24931',
      period: '2022S1',
      form: 'XA',
      supersedes: null,
      facts: 7,
      errors: [],
      warnings: [],
    });
    expect(r?.submission_id).toBeTypeOf('number');
    expect(await count(warehouse, 'facts')).toBe(7);
    const facts = await warehouse.getFacts(r?.submission_id ?? -1);
    expect(facts.find((f) => f.indicator === 'XA_MOT_CUA')).toMatchObject({ bool: true, source: { file: path, line: 10 } });
    const sha = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
    expect(await warehouse.blobs.has(sha)).toBe(true);
    expect((await warehouse.getSubmission(r?.submission_id ?? -1))?.fileSha256).toBe(sha);
  });

  it('keeps no original bytes of a refused file', async () => {
    const [path = ''] = await writeFiles(dir, { 'refused.tl': GOOD.replace('TCD_LUOT=10', 'TCD_LUOT=-1') });
    const [r] = await ingest([path], context(warehouse));
    expect(r?.status).toBe('rejected');
    const sha = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
    expect(await warehouse.blobs.has(sha)).toBe(false);
    expect(await count(warehouse, 'files')).toBe(0);
  });

  it('takes the form from the unit type when the file gives none', async () => {
    const [path = ''] = await writeFiles(dir, { 'noform.tl': GOOD.replace('form=XA\n', '') });
    const [r] = await ingest([path], context(warehouse));
    expect(r).toMatchObject({ status: 'accepted', form: 'XA' });
  });

  it('flags a warning rule and stores the submission as "warning"', async () => {
    const [path = ''] = await writeFiles(dir, { 'warn.tl': GOOD.replace('TCD_NGUOI=12', 'TCD_NGUOI=8') });
    const [r] = await ingest([path], context(warehouse));
    expect(r?.status).toBe('warning');
    expect(r?.warnings).toEqual([expect.objectContaining({ rule: 'R05', cell: 'dòng 5, dòng 4' })]);
    expect(r?.warnings[0]?.message).toMatch(
      /^tệp .*warn\.tl: Số người được tiếp nhỏ hơn số lượt tiếp \(TCD_NGUOI = 8, TCD_LUOT = 10\): TCD_NGUOI = 8 ở dòng 5/,
    );
  });

  it('stores a file failing an error rule as "rejected", never current, naming the cells', async () => {
    const [path = ''] = await writeFiles(dir, { 'r01.tl': GOOD.replace('DON_TONG=5', 'DON_TONG=6') });
    const [r] = await ingest([path], context(warehouse));
    expect(r?.status).toBe('rejected');
    expect(r?.submission_id).toBeTypeOf('number');
    expect(r?.errors[0]).toMatchObject({ rule: 'R01', cell: 'dòng 6, dòng 7, dòng 8, dòng 9' });
    expect(r?.errors[0]?.message).toContain('DON_TONG = 6 ở dòng 6');
    const record = await warehouse.getSubmission(r?.submission_id ?? -1);
    expect(record).toMatchObject({ status: 'rejected', current: false });
    expect(await warehouse.getValidation(r?.submission_id ?? -1)).toEqual([expect.objectContaining({ severity: 'error', rule: 'R01' })]);
  });

  it('re-ingest of the same bytes makes no new version; a new file supersedes', async () => {
    const [a = '', b = ''] = await writeFiles(dir, { 'v1.tl': GOOD, 'v2.tl': GOOD.replace('TCD_LUOT=10', 'TCD_LUOT=11') });
    const [first] = await ingest([a], context(warehouse));
    const [again] = await ingest([a], context(warehouse));
    expect(again).toMatchObject({ submission_id: first?.submission_id, status: 'accepted' });
    expect(again?.warnings).toEqual([
      expect.objectContaining({ rule: 'IDENTICAL_FILE', message: expect.stringContaining('Tệp giống hệt bản đã nộp') }),
    ]);
    expect(await count(warehouse, 'submissions')).toBe(1);
    const [second] = await ingest([b], context(warehouse));
    expect(second).toMatchObject({ status: 'accepted', supersedes: first?.submission_id });
    expect(await warehouse.getSubmission(second?.submission_id ?? -1)).toMatchObject({ version: 2, current: true });
    expect(await warehouse.getSubmission(first?.submission_id ?? -1)).toMatchObject({ version: 1, current: false });
  });

  it('yields one result per draft of a file', async () => {
    const other = GOOD.replace('unit=24931', 'unit=24934');
    const [path = ''] = await writeFiles(dir, { 'two.tl': `${GOOD}\n---\n${other}` });
    const results = await ingest([path], context(warehouse));
    expect(results.map((r) => [r.unit, r.status])).toEqual([
      ['24931', 'accepted'],
      ['24934', 'accepted'],
    ]);
  });

  it('takes files in the order given and folders in name order, skipping dotfiles', async () => {
    await writeFiles(dir, {
      'f/b.tl': GOOD.replace('24931', '24937'),
      'f/a.tl': GOOD.replace('24931', '24934'),
      'f/.hidden.tl': GOOD,
      'f/sub/c.tl': GOOD.replace('24931', '24940'),
      'z.tl': GOOD,
    });
    const results = await ingest([`${dir}/z.tl`, `${dir}/f`], context(warehouse));
    expect(results.map((r) => r.unit)).toEqual(['24931', '24934', '24937', '24940']);
  });

  it('refuses a missing path and an unrecognised file, others unaffected', async () => {
    const [unknown = '', good = ''] = await writeFiles(dir, { 'x.txt': 'hello', 'g.tl': GOOD });
    const results = await ingest([`${dir}/nope.tl`, unknown, good], context(warehouse));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'accepted']);
    expect(results[0]?.errors[0]?.rule).toBe('PATH_NOT_FOUND');
    expect(results[1]?.errors[0]).toMatchObject({
      cell: null,
      rule: 'FORMAT_UNKNOWN',
      message: expect.stringContaining('Không nhận dạng được định dạng tệp'),
    });
  });

  it('refuses an empty file', async () => {
    const [path = ''] = await writeFiles(dir, { 'empty.tl': '' });
    const [r] = await ingest([path], context(warehouse));
    expect(r).toMatchObject({ status: 'rejected', submission_id: null, errors: [expect.objectContaining({ rule: 'FILE_EMPTY' })] });
  });

  it('refuses a plugin tie naming both plugins', async () => {
    const { linesPlugin } = await import('./lines-plugin');
    const [path = ''] = await writeFiles(dir, { 'g.tl': GOOD });
    const [r] = await ingest([path], context(warehouse, { plugins: [linesPlugin('p1', 0.8), linesPlugin('p2', 0.8)] }));
    expect(r?.errors[0]?.message).toMatch(/p1 và p2/);
  });
});

describe('a plugin that fails while reading', () => {
  it('refuses the rest of that file only; the drafts before it and the other files stand', async () => {
    const { defineIngestPlugin } = await import('@tonghop/ingest-contract');
    const { TonghopError } = await import('@tonghop/core');
    const { linesPlugin } = await import('./lines-plugin');
    const lines = linesPlugin();
    const failing = (name: string, error: () => Error) =>
      defineIngestPlugin({
        name,
        extensions: ['.boom'],
        detect: (file) => (file.name.endsWith(`${name}.boom`) ? 0.9 : 0),
        async *read(file) {
          yield* lines.read(file);
          throw error();
        },
      });
    const [a = '', b = '', c = ''] = await writeFiles(dir, {
      'x.tonghop.boom': GOOD,
      'y.plain.boom': GOOD.replace('24931', '24934'),
      'z.tl': GOOD.replace('24931', '24937'),
    });
    const plugins = [
      lines,
      failing('tonghop', () => new TonghopError('BROKEN_ROW', 'tệp x, dòng 99: dòng hỏng', { where: { file: a, line: 99 } })),
      failing('plain', () => new Error('boom')),
    ];
    const results = await ingest([a, b, c], context(warehouse, { plugins }));
    expect(results.map((r) => [r.unit, r.status, r.errors[0]?.rule ?? null])).toEqual([
      ['24931', 'accepted', null],
      [null, 'rejected', 'BROKEN_ROW'],
      ['24934', 'accepted', null],
      [null, 'rejected', 'PLUGIN_FAILED'],
      ['24937', 'accepted', null],
    ]);
    expect(results[1]?.errors[0]?.cell).toBe('dòng 99');
    expect(results[3]?.errors[0]?.message).toMatch(/plugin plain: boom/);
  });
});
