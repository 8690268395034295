import { describe, expect, it } from 'vitest';
import { draftKey, WarehouseError, type NewFact } from '../src/index';
import { facts, open, sha, submission } from './helpers';

describe('storeSubmission', () => {
  it('stores the submission, its file, facts with sources, validation results and an audit entry', async () => {
    const wh = await open();
    const s = submission({
      status: 'warning',
      file: { sha256: sha('xa.xlsx'), size: 100, name: 'xa.xlsx' },
      sheet: 'Biểu XA',
      facts: [
        { indicator: 'XA_HOP', num: 12, source: { file: 'xa.xlsx', sheet: 'Biểu XA', cell: 'D12' } },
        { indicator: 'XA_CO', bool: true, source: { file: 'xa.xlsx', sheet: 'Biểu XA', cell: 'D13' } },
        { indicator: 'MT_GIAM_SAT', option: 'MTTQ', num: 3, source: { file: 'xa.xlsx', sheet: 'Biểu XA', cell: 'D14' } },
        { indicator: 'XA_GHI', text: 'Ghi chú', source: { file: 'xa.xlsx', sheet: 'Biểu XA', cell: 'D15' } },
      ],
      validation: [{ severity: 'warning', rule: 'R03', cell: 'Biểu XA!D12', message: 'Số cuộc họp lớn hơn dự kiến' }],
    });
    const stored = await wh.storeSubmission(s);
    expect(stored).toEqual({ id: stored.id, version: 1, supersedes: null, duplicate: false, status: 'warning', factCount: 4 });
    const record = await wh.getSubmission(stored.id);
    expect(record).toMatchObject({
      unitCode: 'X01',
      period: '2022',
      form: 'XA',
      version: 1,
      status: 'warning',
      sheet: 'Biểu XA',
      plugin: 'csv-long',
      fileSha256: s.file.sha256,
      fileName: s.file.name,
      draftKey: draftKey(s),
      uploadedBy: 'tester',
      receivedAt: '2026-01-15T03:00:00.000Z',
      factCount: 4,
      current: true,
    });
    const stored_facts = await wh.getFacts(stored.id);
    expect(stored_facts.map(({ indicator, option, num, bool, text, source }) => ({ indicator, option, num, bool, text, source }))).toEqual(
      (s.facts as NewFact[]).map((f) => ({ option: null, num: null, bool: null, text: null, ...f })),
    );
    expect(await wh.getValidation(stored.id)).toEqual([{ submissionId: stored.id, ...s.validation[0], cell: 'Biểu XA!D12' }]);
    expect(await wh.query('select sha256, size, first_name from files')).toEqual([
      { sha256: s.file.sha256, size: 100, first_name: s.file.name },
    ]);
    const [audit] = await wh.query<{ action: string; target: string; detail: { version: number } }>(
      'select action, target, detail from audit_log',
    );
    expect(audit).toMatchObject({ action: 'submission.store', target: String(stored.id), detail: { version: 1 } });
  });

  it('chains versions: a valid new one supersedes the current one, a rejected one supersedes nothing', async () => {
    const wh = await open();
    const v1 = await wh.storeSubmission(submission({ file: { sha256: sha('1'), size: 1, name: 'v1.csv' } }));
    const v2 = await wh.storeSubmission(submission({ file: { sha256: sha('2'), size: 1, name: 'v2.csv' }, status: 'rejected' }));
    const v3 = await wh.storeSubmission(submission({ file: { sha256: sha('3'), size: 1, name: 'v3.csv' }, status: 'warning' }));
    expect([v1, v2, v3].map((s) => [s.version, s.supersedes])).toEqual([
      [1, null],
      [2, null],
      [3, v1.id],
    ]);
    const list = await wh.listSubmissions({ unit: 'X01', period: '2022', form: 'XA' });
    expect(list.map((s) => [s.version, s.status, s.current])).toEqual([
      [1, 'accepted', false],
      [2, 'rejected', false],
      [3, 'warning', true],
    ]);
    expect((await wh.listSubmissions({ currentOnly: true })).map((s) => s.id)).toEqual([v3.id]);
    expect((await wh.listSubmissions({ status: 'rejected' })).map((s) => s.id)).toEqual([v2.id]);
    expect(await wh.query('select count(*) as n from current_facts')).toEqual([{ n: 3 }]);
  });

  it('a rejected newer version leaves the older valid one current', async () => {
    const wh = await open();
    const v1 = await wh.storeSubmission(submission({ file: { sha256: sha('a'), size: 1, name: 'a.csv' } }));
    await wh.storeSubmission(submission({ file: { sha256: sha('b'), size: 1, name: 'b.csv' }, status: 'rejected' }));
    expect((await wh.listSubmissions({ currentOnly: true })).map((s) => s.id)).toEqual([v1.id]);
  });

  it('recognises a byte-identical re-ingest: no new version, the existing one returned as duplicate', async () => {
    const wh = await open();
    const first = await wh.storeSubmission(submission());
    const again = await wh.storeSubmission(submission());
    expect(again).toEqual({ ...first, duplicate: true });
    expect(await wh.query('select count(*) as n from submissions')).toEqual([{ n: 1 }]);
    expect(await wh.query('select count(*) as n from fact_values')).toEqual([{ n: 3 }]);
    // Another sheet of the same workbook, or the same file for another period, is a new submission.
    const otherSheet = await wh.storeSubmission(submission({ sheet: 'Sheet2' }));
    expect(otherSheet).toMatchObject({ version: 2, duplicate: false, supersedes: first.id });
    const otherPeriod = await wh.storeSubmission(submission({ period: '2023' }));
    expect(otherPeriod).toMatchObject({ version: 1, duplicate: false });
  });

  it('an older file sent again after a newer one becomes a new version', async () => {
    const wh = await open();
    await wh.storeSubmission(submission({ file: { sha256: sha('old'), size: 1, name: 'old.csv' } }));
    await wh.storeSubmission(submission({ file: { sha256: sha('new'), size: 1, name: 'new.csv' } }));
    const back = await wh.storeSubmission(submission({ file: { sha256: sha('old'), size: 1, name: 'old.csv' } }));
    expect(back).toMatchObject({ version: 3, duplicate: false });
  });

  it('a failing store leaves no trace (submission, facts, file, audit) and later stores still work', async () => {
    const wh = await open();
    async function* explodingFacts(): AsyncGenerator<NewFact> {
      yield* facts(3000); // more than one appender chunk (2048 rows) is flushed before the failure
      throw new Error('đọc tệp thất bại');
    }
    await expect(wh.storeSubmission(submission({ facts: explodingFacts() }))).rejects.toThrow('đọc tệp thất bại');
    for (const table of ['submissions', 'fact_values', 'files', 'validation_results', 'audit_log']) {
      expect(await wh.query(`select count(*) as n from ${table}`)).toEqual([{ n: 0 }]);
    }
    const ok = await wh.storeSubmission(submission({ facts: facts(10) }));
    expect(ok).toMatchObject({ version: 1, factCount: 10 });
    expect(await wh.query('select count(*) as n from fact_values')).toEqual([{ n: 10 }]);
  });

  it('a failure after the facts were appended and closed (bad validation row) rolls them back too', async () => {
    const wh = await open();
    const bad = submission({ validation: [{ severity: 'error', rule: 'R01', message: null as unknown as string }] });
    await expect(wh.storeSubmission(bad)).rejects.toMatchObject({ code: 'QUERY_FAILED' });
    expect(await wh.query('select count(*) as n from fact_values')).toEqual([{ n: 0 }]);
    expect(await wh.query('select count(*) as n from submissions')).toEqual([{ n: 0 }]);
  });

  it('refuses a malformed NewSubmission before touching the database', async () => {
    const wh = await open();
    await expect(wh.storeSubmission(submission({ unitCode: '' }))).rejects.toMatchObject({ code: 'SUBMISSION_INVALID' });
    await expect(wh.storeSubmission(submission({ file: { sha256: 'xyz', size: 1, name: 'a' } }))).rejects.toMatchObject({
      code: 'SUBMISSION_INVALID',
    });
  });

  it('refuses a fact whose source file is not the submission file (the file name is stored once), storing nothing', async () => {
    const wh = await open();
    const stray = { indicator: 'XA_HOP', num: 1, source: { file: 'khac.xlsx', sheet: 'Biểu', cell: 'D12' } };
    const error = await wh.storeSubmission(submission({ facts: [...facts(2), stray] })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WarehouseError);
    expect(error).toMatchObject({
      code: 'FACT_SOURCE_FILE_MISMATCH',
      where: stray.source,
      message: 'Lỗi lập trình: số liệu thứ 3 của báo cáo X01, kỳ 2022, biểu XA ghi tệp nguồn khac.xlsx, khác tệp của báo cáo bao-cao.csv.',
    });
    for (const table of ['submissions', 'fact_values', 'files', 'audit_log']) {
      expect(await wh.query(`select count(*) as n from ${table}`)).toEqual([{ n: 0 }]);
    }
  });
});

describe('storeSubmission under concurrency', () => {
  it('two stores started at once are both kept, as versions 1 and 2', async () => {
    const wh = await open();
    const [a, b] = await Promise.all([
      wh.storeSubmission(submission({ file: { sha256: sha('a'), size: 1, name: 'a.csv' } })),
      wh.storeSubmission(submission({ file: { sha256: sha('b'), size: 1, name: 'b.csv' } })),
    ]);
    expect([a.version, b.version].sort()).toEqual([1, 2]);
    const second = a.version === 2 ? a : b;
    const first = a.version === 1 ? a : b;
    expect(second.supersedes).toBe(first.id);
  });

  it('fifty concurrent stores give fifty rows and every fact', async () => {
    const wh = await open();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        wh.storeSubmission(
          submission({ unitCode: `X${i % 5}`, file: { sha256: sha(`f${i}`), size: 1, name: `f${i}.csv` }, facts: facts(100, `f${i}.csv`) }),
        ),
      ),
    );
    expect(await wh.query('select count(*) as n from submissions')).toEqual([{ n: 50 }]);
    expect(await wh.query('select count(*) as n from fact_values')).toEqual([{ n: 5000 }]);
    expect(new Set(results.map((r) => r.id)).size).toBe(50);
    const versions = await wh.query<{ unit_code: string; versions: number[] }>(
      'select unit_code, list(version order by version) as versions from submissions group by unit_code order by unit_code',
    );
    expect(versions).toEqual(
      Array.from({ length: 5 }, (_, i) => ({ unit_code: `X${i}`, versions: Array.from({ length: 10 }, (_, v) => v + 1) })),
    );
  });

  it('a failing store among concurrent ones takes nothing else down', async () => {
    const wh = await open();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        wh.storeSubmission(
          submission({
            file: { sha256: sha(`g${i}`), size: 1, name: `g${i}.csv` },
            facts: i === 4 ? [{ indicator: 'X', num: 1, source: { file: null as unknown as string } }] : facts(5, `g${i}.csv`),
          }),
        ),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(Array.from({ length: 10 }, (_, i) => (i === 4 ? 'rejected' : 'fulfilled')));
    expect(await wh.query('select count(*) as n, max(version) as v from submissions')).toEqual([{ n: 9, v: 9 }]);
    expect(await wh.query('select count(*) as n from fact_values')).toEqual([{ n: 45 }]);
  });
});
