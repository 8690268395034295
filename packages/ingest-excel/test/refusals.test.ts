import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeIngestFile } from '@tonghop/ingest-contract';
import { normalizeDrafts, readAll, stringifyCompact } from '@tonghop/ingest-contract/testing';
import { excelForm, excelTable } from '../src/index';
import { allCases, isWholeFileRefusal } from './fixtures';

const plugins = [excelForm(), excelTable()];
const refusals = allCases.filter(isWholeFileRefusal).map((c) => [c.name, c] as const);

describe('files refused whole', () => {
  it.each(refusals)('%s: claimed by its plugin only, one draft, one Vietnamese error naming the file', async (_name, c) => {
    const file = await makeIngestFile(c.input);
    const scores = await Promise.all(plugins.map(async (p) => [p.name, await p.detect(file)] as const));
    const owner = plugins.find((p) => p.name === c.plugin)!;
    for (const [name, score] of scores) expect(score >= 0.5, `${name} claims ${c.name}`).toBe(name === c.plugin);
    const drafts = await readAll(owner, file);
    expect(drafts).toHaveLength(1);
    const [draft] = drafts;
    expect(draft!.facts).toEqual([]);
    expect(draft!.errors).toHaveLength(1);
    expect(draft!.errors[0]!.message).toContain(file.name);
    expect(draft!.errors[0]!.message).toMatch(/lưu lại dưới dạng|gửi lại/);
    const actual = normalizeDrafts(owner.name, drafts);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(c.golden, `${stringifyCompact(actual)}\n`);
    expect(existsSync(c.golden)).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(c.golden, 'utf8')));
  });

  it('names the reason by code', async () => {
    const codes: Record<string, string> = {};
    for (const [name, c] of refusals) {
      const owner = plugins.find((p) => p.name === c.plugin)!;
      const [draft] = await readAll(owner, await makeIngestFile(c.input));
      codes[name] = draft!.errors[0]!.code;
    }
    expect(codes).toEqual({
      'refuse-many-entries': 'EXCEL_TOO_MANY_ENTRIES',
      'refuse-xls': 'EXCEL_LEGACY_XLS',
      'refuse-xlsm': 'EXCEL_MACRO',
    });
  });
});
