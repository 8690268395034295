import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SubmissionDraft } from '../src/index';
import { checkDraftSources, loadFixtureCases, normalizeDrafts, stringifyCompact } from '../src/testing/index';

const dir = mkdtempSync(join(tmpdir(), 'contract-testing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const draft: SubmissionDraft = {
  unit: { text: '24931', source: { file: 'a.xlsx', sheet: 'XA', cell: 'C3' } },
  period: null,
  form: null,
  facts: [
    { indicator: 'TCD_LUOT', option: null, raw: new Date(Date.UTC(2022, 5, 30)), source: { file: 'a.xlsx', sheet: 'XA', cell: 'D12' } },
  ],
  errors: [],
  warnings: [],
  source: { file: 'a.xlsx', sheet: 'XA' },
};

describe('golden JSON', () => {
  it('normalises dates and round-trips through the compact text', () => {
    const json = normalizeDrafts('excel-form', [draft]) as { drafts: { facts: { raw: unknown }[] }[] };
    expect(json.drafts[0]?.facts[0]?.raw).toEqual({ date: '2022-06-30T00:00:00.000Z' });
    const text = stringifyCompact(json);
    expect(JSON.parse(text)).toEqual(json);
    expect(text).toContain('"source": {"file":"a.xlsx","sheet":"XA","cell":"D12"}');
    expect(text.split('\n').every((l) => l.length <= 110 || !l.trim().startsWith('"'))).toBe(true);
  });
});

describe('checkDraftSources', () => {
  it('passes placed facts and flags a fact without a cell or line, or from another file', () => {
    expect(checkDraftSources('a.xlsx', [draft])).toEqual([]);
    const bad: SubmissionDraft = { ...draft, facts: [{ indicator: 'X', option: null, raw: 1, source: { file: 'b.xlsx' } }] };
    expect(checkDraftSources('a.xlsx', [bad])).toEqual(['draft 0: fact X has source {"file":"b.xlsx"}']);
  });
});

describe('loadFixtureCases', () => {
  it('reads case.json and the input file of each folder, in name order', () => {
    const root = join(dir, 'ok');
    for (const [name, ext] of [
      ['b-case', 'csv'],
      ['a-case', 'xlsx'],
    ] as const) {
      mkdirSync(join(root, name), { recursive: true });
      writeFileSync(join(root, name, `input.${ext}`), 'x');
      writeFileSync(join(root, name, 'case.json'), JSON.stringify({ plugin: 'p', expect: 'ok', note: 'extra fields are fine' }));
    }
    expect(
      loadFixtureCases(root).map((c) => [
        c.name,
        c.input.endsWith(`${c.name}/input.${c.name === 'a-case' ? 'xlsx' : 'csv'}`),
        c.golden.endsWith('expected.json'),
      ]),
    ).toEqual([
      ['a-case', true, true],
      ['b-case', true, true],
    ]);
  });
  it('refuses an incomplete fixture folder', () => {
    const root = join(dir, 'bad');
    mkdirSync(join(root, 'no-input'), { recursive: true });
    writeFileSync(join(root, 'no-input', 'case.json'), JSON.stringify({ plugin: 'p', expect: 'ok' }));
    expect(() => loadFixtureCases(root)).toThrow(/exactly one input/);
    writeFileSync(join(root, 'no-input', 'case.json'), JSON.stringify({ plugin: 'p', expect: 'maybe' }));
    expect(() => loadFixtureCases(root)).toThrow(/"expect"/);
  });
});
