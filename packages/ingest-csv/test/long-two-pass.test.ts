import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeIngestFile } from '@tonghop/ingest-contract';
import { loadFixtureCases, normalizeDrafts, readAll } from '@tonghop/ingest-contract/testing';
import { describe, expect, it } from 'vitest';
import { csvLong } from '../src/index';
import { scratch } from './helpers';

const onePass = csvLong({ twoPassAboveBytes: Number.POSITIVE_INFINITY });
const twoPass = csvLong({ twoPassAboveBytes: 0 });
const files = scratch('two-pass');

describe('two-pass reading of big long files', () => {
  const cases = loadFixtureCases(join(import.meta.dirname, '../../../fixtures/csv')).filter((c) => c.plugin === 'csv-long');
  it.each(cases.map((c) => [c.name, c.input] as const))(
    'gives the same drafts in the same order as one pass for %s',
    async (_name, input) => {
      const file = await makeIngestFile(input);
      const one = normalizeDrafts('csv-long', await readAll(onePass, file));
      expect(normalizeDrafts('csv-long', await readAll(twoPass, file))).toEqual(one);
    },
  );

  it('yields groups in order of first appearance, each once its last line is read', async () => {
    const lines = ['unit_code,period,indicator,value'];
    for (let i = 0; i < 3000; i++) lines.push(`${i < 2000 ? 24931 : 24934},2022S1,X${i},${i}`);
    lines.push('24937,2022S1,A,1', '24931,2022S1,LAST,1', '24934,2022S1,LAST,2');
    const drafts = await files.read(twoPass, `${lines.join('\n')}\n`);
    expect(drafts.map((d) => [d.unit?.text, d.facts.length, d.facts.at(-1)?.source.line])).toEqual([
      ['24931', 2001, 3003],
      ['24934', 1001, 3004],
      ['24937', 1, 3002],
    ]);
  });

  it('reports progress once from 0 to the size over both passes', async () => {
    const text = `unit_code,period,indicator,value\n${'24931,2022S1,A,1\n'.repeat(50_000)}`;
    const seen: number[] = [];
    const path = join(files.dir, 'progress.csv');
    writeFileSync(path, text);
    const file = await makeIngestFile(path);
    await readAll(twoPass, file, { onProgress: (done, total) => seen.push(done / total) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((v, i) => i === 0 || v >= (seen[i - 1] as number))).toBe(true);
    expect(seen.at(-1)).toBeCloseTo(1, 5);
  });
});
