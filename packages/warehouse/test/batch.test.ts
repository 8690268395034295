import { describe, expect, it } from 'vitest';
import type { NewFact } from '../src/index';
import { facts, open, sha, submission } from './helpers';

const file = (name: string) => ({ sha256: sha(name), size: 1, name });

describe('storeSubmissions (one transaction for many)', () => {
  it('stores two versions of one unit/period/form in one batch, chaining supersedes inside the batch', async () => {
    const wh = await open();
    const before = await wh.storeSubmission(submission({ file: file('v1.csv') }));
    const [a, b, c, other] = await wh.storeSubmissions([
      submission({ file: file('v2.csv'), facts: facts(4, 'v2.csv') }),
      submission({ file: file('v3.csv'), status: 'rejected' }),
      submission({ file: file('v4.csv'), status: 'warning', facts: facts(2, 'v4.csv') }),
      submission({ unitCode: 'X02', file: file('v4.csv') }),
    ]);
    expect(a).toEqual({ id: a?.id, version: 2, supersedes: before.id, duplicate: false, status: 'accepted', factCount: 4 });
    expect(b).toMatchObject({ version: 3, supersedes: null, duplicate: false, status: 'rejected' });
    expect(c).toMatchObject({ version: 4, supersedes: a?.id, duplicate: false, status: 'warning', factCount: 2 });
    expect(other).toMatchObject({ version: 1, supersedes: null });
    const current = await wh.listSubmissions({ unit: 'X01', currentOnly: true });
    expect(current.map((s) => s.id)).toEqual([c?.id]);
    expect(await wh.query('select submission_id, count(*) as n from fact_values group by all order by submission_id')).toEqual(
      [before, a, b, c, other].map((s) => ({ submission_id: s?.id, n: s?.factCount })),
    );
    const audit = await wh.query<{ action: string; target: string }>(
      "select action, target from audit_log where action like 'submission.%' order by id",
    );
    expect(audit.map((r) => r.target)).toEqual([before, a, b, c, other].map((s) => String(s?.id)));
    expect(await wh.query('select count(*) as n from files')).toEqual([{ n: 4 }]);
  });

  it('recognises duplicates inside the batch and against the database, without new rows', async () => {
    const wh = await open();
    const first = await wh.storeSubmission(submission({ file: file('a.csv') }));
    const [dupDb, fresh, dupBatch, again] = await wh.storeSubmissions([
      submission({ file: file('a.csv') }),
      submission({ file: file('b.csv'), facts: facts(5, 'b.csv') }),
      submission({ file: file('b.csv'), facts: facts(5, 'b.csv') }),
      submission({ file: file('a.csv') }), // after b, a is a new version again
    ]);
    expect(dupDb).toEqual({ ...first, duplicate: true });
    expect(fresh).toMatchObject({ version: 2, supersedes: first.id, duplicate: false, factCount: 5 });
    expect(dupBatch).toEqual({ ...fresh, duplicate: true });
    expect(again).toMatchObject({ version: 3, supersedes: fresh?.id, duplicate: false });
    expect(again?.id).toBe((fresh?.id ?? 0) + 1); // duplicates take no id
    expect(await wh.query('select count(*) as n from submissions')).toEqual([{ n: 3 }]);
    const actions = await wh.query<{ action: string }>('select action from audit_log order by id');
    expect(actions.map((r) => r.action)).toEqual([
      'submission.store',
      'submission.duplicate',
      'submission.store',
      'submission.duplicate',
      'submission.store',
    ]);
  });

  it('a failing batch leaves nothing behind, not even its valid submissions', async () => {
    const wh = await open();
    async function* exploding(): AsyncGenerator<NewFact> {
      yield* facts(3000, 'bad.csv');
      throw new Error('đọc tệp thất bại');
    }
    await expect(
      wh.storeSubmissions([
        submission({
          file: file('ok.csv'),
          facts: facts(10, 'ok.csv'),
          validation: [{ severity: 'warning', rule: 'R03', message: 'lệch' }],
        }),
        submission({ unitCode: 'X02', file: file('bad.csv'), facts: exploding() }),
      ]),
    ).rejects.toThrow('đọc tệp thất bại');
    await expect(
      wh.storeSubmissions([
        submission({ file: file('ok.csv') }),
        submission({ unitCode: 'X02', validation: [{ severity: 'error', rule: 'R01', message: null as unknown as string }] }),
      ]),
    ).rejects.toMatchObject({ code: 'QUERY_FAILED' });
    for (const table of ['submissions', 'fact_values', 'files', 'validation_results', 'audit_log']) {
      expect(await wh.query(`select count(*) as n from ${table}`)).toEqual([{ n: 0 }]);
    }
    const ok = await wh.storeSubmissions([submission({ file: file('ok.csv'), facts: facts(10, 'ok.csv') })]);
    expect(ok).toMatchObject([{ version: 1, factCount: 10 }]);
  });

  it('an invalid submission anywhere in the list refuses the whole batch before touching the database', async () => {
    const wh = await open();
    await expect(wh.storeSubmissions([submission(), submission({ plugin: '' })])).rejects.toMatchObject({ code: 'SUBMISSION_INVALID' });
    expect(await wh.query('select count(*) as n from audit_log')).toEqual([{ n: 0 }]);
    expect(await wh.storeSubmissions([])).toEqual([]);
  });
});
