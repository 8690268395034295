import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWarehouse } from '@tonghop/warehouse';
import { describe, expect, it } from 'vitest';
import { normalizeIds, type JsonResult } from './normalize';
import { freshDb, REPO, runCli } from './run-cli';

/**
 * Golden cases: fixtures/cases/<case>/ holds the input files, case.json (the CLI arguments, run
 * with the case folder as the current folder; the exit status; how many submissions the database
 * holds afterwards) and expected.json (the `--json` output, submission ids normalised to #1, #2…).
 * `UPDATE_GOLDENS=1` rewrites expected.json (review the diff!).
 */
interface GoldenCase {
  description: string;
  before?: string[][];
  args: string[];
  exit: number;
  submissions: number;
}

const CASES = join(REPO, 'fixtures/cases');
const names = readdirSync(CASES)
  .filter((n) => existsSync(join(CASES, n, 'case.json')))
  .sort();

async function submissionCount(db: string): Promise<number> {
  const warehouse = await openWarehouse({ path: db });
  try {
    const rows = await warehouse.query<{ n: number }>('select count(*) as n from submissions');
    return Number(rows[0]?.n ?? 0);
  } finally {
    await warehouse.close();
  }
}

describe('ingest golden cases (fixtures/cases)', () => {
  it.each(names)('%s', async (name) => {
    const dir = join(CASES, name);
    const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as GoldenCase;
    const db = await freshDb();
    const ids = new Map<number, string>();
    for (const before of spec.before ?? []) {
      const r = await runCli([...before, '--db', db, '--json'], { cwd: dir });
      normalizeIds(JSON.parse(r.stdout) as JsonResult[], ids);
    }
    const run = await runCli([...spec.args, '--db', db, '--json'], { cwd: dir });
    const actual = normalizeIds(JSON.parse(run.stdout) as JsonResult[], ids);
    const expectedPath = join(dir, 'expected.json');
    if (process.env.UPDATE_GOLDENS === '1') writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    expect(run.code, run.stderr).toBe(spec.exit);
    expect(await submissionCount(db)).toBe(spec.submissions);
  });
});
